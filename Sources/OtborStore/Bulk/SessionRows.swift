import GRDB
import GRDBSQLite

/// The sessions of a profile's applications read in bulk: columns by position, repeated text
/// interned (``TextInterner``), which is many times faster than decoding each row by name.
enum SessionRows {
    static let columns = """
        session.id, session.applicationId, session.guide, session.guideHash, session.stageKind, session.assessor,
        session.groupRun, session.plannedMinutes, session.activeSeconds, session.status, session.cursor,
        session.startedAt, session.updatedAt, session.submittedAt
        """

    /// Every session of an application for `profile` (of one candidate when given), by id.
    static func fetch(_ db: Database, profile: String, candidate: Int64?) throws -> [InterviewSession] {
        let statement = try db.makeStatement(sql: """
            SELECT \(columns) FROM session JOIN application ON application.id = session.applicationId
            WHERE application.profile = ?\(candidate == nil ? "" : " AND application.candidateId = ?") ORDER BY session.id
            """)
        try statement.setArguments(StatementArguments([profile] + (candidate.map { [$0] } ?? [])))
        var text = (0..<14).map { _ in TextInterner() }
        var result: [InterviewSession] = []
        try RawRows.forEach(statement, in: db) { handle in
            func string(_ column: Int32) -> String? { text[Int(column)].text(handle, column) }
            guard let status = string(9).flatMap(InterviewSession.Status.init(rawValue:)) else {
                throw StoreError.invalid("session \(sqlite3_column_int64(handle, 0)) has an unknown status")
            }
            result.append(InterviewSession(
                id: sqlite3_column_int64(handle, 0), applicationId: sqlite3_column_int64(handle, 1),
                guide: string(2) ?? "", guideHash: string(3) ?? "", stageKind: string(4) ?? "", assessor: string(5) ?? "",
                groupRun: string(6), plannedMinutes: Int(sqlite3_column_int64(handle, 7)),
                activeSeconds: sqlite3_column_double(handle, 8), status: status, cursor: string(10),
                startedAt: string(11) ?? "", updatedAt: string(12) ?? "", submittedAt: string(13)))
        }
        return result
    }
}
