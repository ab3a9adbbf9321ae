import OtborStore
import GRDB
import OtborCore

/// The one reader of the `application` table.
enum ApplicationRows {
    static let columns = "application.id, application.candidateId, application.profile, application.profileHash, application.createdAt"

    /// Applications matching `condition` (SQL after WHERE, with `?` arguments), by id.
    static func fetch(_ db: Database, where condition: String = "1", arguments: StatementArguments = []) throws -> [Application] {
        let statement = try db.cachedStatement(sql: "SELECT \(columns) FROM application WHERE \(condition) ORDER BY application.id")
        try statement.setArguments(arguments)
        var result: [Application] = []
        var row: RowReader?
        try RawRows.forEach(statement, in: db) { handle in
            if row == nil { row = RowReader(handle: handle, table: "application", columns: 5) }
            result.append(Application(
                id: row!.id(0), candidateId: row!.id(1), profile: try row!.required(2),
                profileHash: try row!.required(3), createdAt: try row!.time(4)))
        }
        return result
    }

    /// The candidate's application for `profile`, if there is one.
    static func one(_ db: Database, candidate: CandidateID, profile: String) throws -> Application? {
        try fetch(db, where: "application.candidateId = ? AND application.profile = ?", arguments: [candidate.rawValue, profile]).first
    }
}
