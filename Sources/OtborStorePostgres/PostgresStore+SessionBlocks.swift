import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// Session ids per row of ``sessionsInBlocks(_:where:)``.
    static let sessionBlockSize = 256

    /// The sessions matching `condition` (as ``sessions(_:where:sortedByServer:)``, by id), read as
    /// one row per ``sessionBlockSize`` session ids: the numbers as arrays, the texts of each
    /// session joined into one (``SessionBlock``). Taking a row apart costs the client far more than
    /// its values, and a campaign's evidence reads every session. `nil` when a text holds one of
    /// the separators, so the block does not line up: the caller then reads a row per session.
    func sessionsInBlocks(_ db: PostgresConnection, where condition: PostgresQuery) async throws -> [InterviewSession]? {
        let size = String(Self.sessionBlockSize)
        var query: PostgresQuery = """
            SELECT block.ids, block.applications, block.minutes, block.seconds, block.nulls, block.texts
            FROM generate_series(0, coalesce((SELECT max(id) FROM session), 0) / \(unescaped: size)) AS range(n)
            CROSS JOIN LATERAL (
                SELECT array_agg(session.id) AS ids, array_agg(session.applicationId) AS applications,
                       array_agg(session.plannedMinutes) AS minutes, array_agg(session.activeSeconds) AS seconds,
                       array_agg(\(unescaped: SessionBlock.nulls)) AS nulls, string_agg(\(unescaped: SessionBlock.texts), chr(31)) AS texts
                FROM session JOIN application ON application.id = session.applicationId
                WHERE session.id >= range.n * \(unescaped: size) AND session.id < (range.n + 1) * \(unescaped: size) AND (
            """
        query.sql += condition.sql + ")) AS block WHERE block.ids IS NOT NULL"
        query.binds = condition.binds
        // As for the ratings (``EvidenceRatings/fetchBlocks(_:_:)``): compiling this query cost more than running it.
        try await db.query("SET LOCAL jit = off", logger: logger)
        var sessions: [InterviewSession] = [], block = SessionBlock(), texts = CellTexts(), linedUp = true
        for try await row in try await db.query(query, logger: logger) where linedUp {
            var cells = CellReader(row)
            try block.read(&cells)
            linedUp = try block.sessions(texts: &texts) { sessions.append($0) }
        }
        return linedUp ? Self.byID(sessions) : nil
    }
}
