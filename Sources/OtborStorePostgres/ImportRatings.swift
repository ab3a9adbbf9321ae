import Logging
import PostgresNIO

/// The ratings of an import as columns; a later answer to the same step of a session replaces an earlier one.
struct ImportRatings {
    private var sessions: [Int64] = [], steps: [String] = [], scores: [Int] = [], notes: [String] = []
    private var index: [String: Int] = [:]

    mutating func add(session: Int64, step: String, score: Int?, note: String) {
        let key = "\(session) \(step)"
        if let at = index[key] {
            scores[at] = score ?? 0
            notes[at] = note
            return
        }
        index[key] = sessions.count
        sessions.append(session)
        steps.append(step)
        scores.append(score ?? 0)  // 0 is off the scale: it stands for "not assessed" (NULL)
        notes.append(note)
    }

    func insert(_ db: PostgresConnection, at time: String, logger: Logger) async throws {
        guard !sessions.isEmpty else { return }
        try await db.run("""
            INSERT INTO rating (sessionId, step, score, note, answeredAt)
            SELECT s, k, NULLIF(v, 0), t, \(time) FROM unnest(\(sessions)::bigint[], \(steps)::text[], \(scores)::bigint[], \(notes)::text[])
                AS r(s, k, v, t)
            """, logger)
    }
}
