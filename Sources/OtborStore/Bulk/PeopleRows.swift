import GRDB
import GRDBSQLite

/// The applications for a profile and their candidates, read in bulk by column position.
enum PeopleRows {
    /// Applications for `profile` (of one candidate when given), by id.
    static func applications(_ db: Database, profile: String, candidate: Int64?) throws -> [Application] {
        let statement = try db.makeStatement(sql: """
            SELECT id, candidateId, profile, profileHash, createdAt FROM application
            WHERE profile = ?\(candidate == nil ? "" : " AND candidateId = ?") ORDER BY id
            """)
        try statement.setArguments(StatementArguments([profile] + (candidate.map { [$0] } ?? [])))
        var hashes = TextInterner(), times = TextInterner()
        var result: [Application] = []
        try RawRows.forEach(statement, in: db) { handle in
            result.append(Application(
                id: sqlite3_column_int64(handle, 0), candidateId: sqlite3_column_int64(handle, 1), profile: profile,
                profileHash: hashes.text(handle, 3) ?? "", createdAt: times.text(handle, 4) ?? ""))
        }
        return result
    }

    /// The candidates who made these applications, by id.
    static func candidates(_ db: Database, of applications: [Application], profile: String) throws -> [Int64: Candidate] {
        let wanted = Set(applications.map(\.candidateId))
        let filter = wanted.count == 1 ? "id = \(wanted.first!)" : "id IN (SELECT candidateId FROM application WHERE profile = ?)"
        let statement = try db.makeStatement(sql: """
            SELECT id, name, email, phone, source, consentDate, consentWithdrawn, fairnessGroup, retentionDeadline, notes, createdAt
            FROM candidate WHERE \(filter)
            """)
        if wanted.count != 1 { try statement.setArguments([profile]) }
        var text = (0..<11).map { _ in TextInterner(capacity: 4) }
        var result: [Int64: Candidate] = [:]
        result.reserveCapacity(wanted.count)
        try RawRows.forEach(statement, in: db) { handle in
            let id = sqlite3_column_int64(handle, 0)
            guard wanted.contains(id) else { return }
            func string(_ column: Int32) -> String? { text[Int(column)].text(handle, column) }
            result[id] = Candidate(
                id: id, name: string(1) ?? "", email: string(2), phone: string(3), source: string(4),
                consentDate: string(5) ?? "", consentWithdrawn: string(6), fairnessGroup: string(7),
                retentionDeadline: string(8), notes: string(9), createdAt: string(10) ?? "")
        }
        return result
    }
}
