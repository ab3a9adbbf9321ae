import OtborStore
import GRDB
import OtborCore

/// The one reader of the `candidate` table.
enum CandidateRows {
    static let columns = """
        candidate.id, candidate.name, candidate.email, candidate.phone, candidate.source, candidate.consentDate,
        candidate.consentWithdrawn, candidate.fairnessGroup, candidate.retentionDeadline, candidate.notes, candidate.createdAt
        """

    /// Candidates matching `condition` (SQL after WHERE, with `?` arguments), by id.
    static func fetch(_ db: Database, where condition: String = "1", arguments: StatementArguments = []) throws -> [Candidate] {
        let statement = try db.cachedStatement(sql: "SELECT \(columns) FROM candidate WHERE \(condition) ORDER BY candidate.id")
        try statement.setArguments(arguments)
        var result: [Candidate] = []
        var row: RowReader?
        try RawRows.forEach(statement, in: db) { handle in
            if row == nil { row = RowReader(handle: handle, table: "candidate", columns: 11, capacity: 4) }
            result.append(try decode(&row!))
        }
        return result
    }

    static func one(_ db: Database, id: CandidateID) throws -> Candidate? {
        try fetch(db, where: "candidate.id = ?", arguments: [id.rawValue]).first
    }

    static func decode(_ row: inout RowReader) throws -> Candidate {
        guard let consent = try row.day(5) else { throw StoreError.invalid("the database is damaged: candidate \(row.int64(0)) has no consent date") }
        return Candidate(
            id: row.id(0), name: try row.required(1), email: row.string(2), phone: row.string(3), source: row.string(4),
            consentDate: consent, consentWithdrawn: try row.day(6), fairnessGroup: row.string(7),
            retentionDeadline: try row.day(8), notes: row.string(9), createdAt: try row.time(10))
    }
}
