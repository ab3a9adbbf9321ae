import Foundation
import OtborStore
import GRDB
import OtborCore

/// The one reader of the `session` table: columns by position, repeated text interned, which is
/// many times faster than decoding each row by name (a large campaign has hundreds of thousands).
enum SessionRows {
    static let columns = """
        session.id, session.applicationId, session.guide, session.guideHash, session.stageKind, session.assessor,
        session.groupRun, session.plannedMinutes, session.activeSeconds, session.status, session.cursor,
        session.startedAt, session.updatedAt, session.submittedAt, session.navigation
        """

    /// Sessions matching `condition` (SQL after WHERE over `session` joined to its `application`), by id.
    static func fetch(_ db: Database, where condition: String = "1", arguments: StatementArguments = []) throws -> [InterviewSession] {
        let statement = try db.cachedStatement(sql: """
            SELECT \(columns) FROM session JOIN application ON application.id = session.applicationId
            WHERE \(condition) ORDER BY session.id
            """)
        try statement.setArguments(arguments)
        var result: [InterviewSession] = []
        var row: RowReader?
        try RawRows.forEach(statement, in: db) { handle in
            if row == nil { row = RowReader(handle: handle, table: "session", columns: 15) }
            result.append(try decode(&row!))
        }
        return result
    }

    static func one(_ db: Database, id: SessionID) throws -> InterviewSession? {
        try fetch(db, where: "session.id = ?", arguments: [id.rawValue]).first
    }

    private static func decode(_ row: inout RowReader) throws -> InterviewSession {
        guard let status = row.string(9).flatMap(InterviewSession.Status.init(rawValue:)) else {
            throw StoreError.invalid("session \(row.int64(0)) has an unknown status")
        }
        guard let kind = row.string(4).flatMap(StageKind.init(rawValue:)) else {
            throw StoreError.invalid("session \(row.int64(0)) has an unknown stage kind")
        }
        return InterviewSession(
            id: row.id(0), applicationId: row.id(1), guide: try row.required(2), guideHash: try row.required(3),
            stageKind: kind, assessor: try row.required(5), groupRun: row.string(6),
            plannedMinutes: Int(row.int64(7)), activeSeconds: row.double(8), status: status, cursor: row.string(10),
            startedAt: try row.time(11), updatedAt: try row.time(12), submittedAt: try row.optionalTime(13),
            navigation: try row.string(14).map(navigation))
    }

    /// The saved navigation of a sitting (JSON of ``SittingNavigation``).
    private static func navigation(_ json: String) throws -> SittingNavigation {
        do {
            return try JSONDecoder().decode(SittingNavigation.self, from: Data(json.utf8))
        } catch {
            throw StoreError.invalid("the database is damaged: a session's saved navigation cannot be read (\(error))")
        }
    }
}
