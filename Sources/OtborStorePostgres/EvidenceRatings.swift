import Foundation
import OtborCore
import OtborStore
import PostgresNIO

/// The ratings of a profile's sessions for the evidence, aggregated by PostgreSQL into one row per
/// session: an `int4[]` (binary, no text per rating) whose each element is the step's position
/// in the list of rating keys sent with the query × 100 + the score (0: not assessed). The client
/// reads it from its bytes (``CellReader``) into its slot (``RatingSlots``): no string per rating.
enum EvidenceRatings {
    /// The ratings of `slots.sessions` (each with the plan `plans[planOf[index]]`), read with the
    /// sessions of `profile` (and `candidate`); rows of sessions not wanted are skipped.
    static func read(_ db: PostgresConnection, _ logger: Logger, profile: String, candidate: Int64?,
                     into slots: inout RatingSlots, plans: [ItemRatingPlan], planOf: [Int]) async throws {
        var keys: [String] = [], position: [String: Int] = [:]
        for key in plans.flatMap(\.ratingKeys) where position[key] == nil {
            keys.append(key)
            position[key] = keys.count  // 1-based, as WITH ORDINALITY counts
        }
        let stepOf: [[Int]] = plans.map { plan in
            var steps = [Int](repeating: -1, count: keys.count + 1)
            for (step, key) in plan.ratingKeys.enumerated() { steps[position[key]!] = step }
            return steps
        }
        let rows = try await db.query("""
            SELECT rating.sessionId, array_agg(keys.n::int4 * 100 + coalesce(rating.score, 0)::int4)
            FROM rating JOIN unnest(\(keys)::text[]) WITH ORDINALITY AS keys(step, n) ON keys.step = rating.step
            JOIN session ON session.id = rating.sessionId JOIN application ON application.id = session.applicationId
            WHERE application.profile = \(profile) AND (\(candidate)::bigint IS NULL OR application.candidateId = \(candidate))
            GROUP BY rating.sessionId
            """, logger: logger)
        for try await row in rows {
            var cells = CellReader(row)
            guard let index = slots.index(of: try cells.int()) else { continue }
            let steps = stepOf[planOf[index]]
            try cells.int4Array { value in
                let (key, score) = Int(value).quotientAndRemainder(dividingBy: 100)
                guard key < steps.count, steps[key] >= 0 else { return }
                slots.set(session: index, step: steps[key], score: score == 0 ? nil : score)
            }
        }
    }
}
