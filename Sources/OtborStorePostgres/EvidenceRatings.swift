import Foundation
import OtborCore
import OtborStore
import PostgresNIO

/// The ratings of a profile's sessions for the evidence, aggregated by PostgreSQL into one row per
/// session: the session's steps as one text (`string_agg`, joined by ``separator``) and its scores
/// as an `int4[]` (binary, 0: not assessed) in the same order. The server streams the rating
/// table's primary key (session, step) into a `GroupAggregate`, with no join per rating, no hash
/// table and no sort, so nothing spills to disk however large the campaign. ``fetch`` needs no
/// session or guide, so it can run beside the read of the sessions (on a connection of its own,
/// on the same snapshot), and for a campaign of one profile it asks for a row per block of sessions
/// (``fetchBlocks``); ``apply(to:plans:planOf:)`` then turns each distinct text of steps into
/// the steps' positions in each plan once and copies the scores into their slots (``RatingSlots``).
struct EvidenceRatings: Sendable {
    /// Joins a session's steps; when a rating key of the content holds it, ``readJoined`` is used.
    static let separator: Character = "\u{1F}"

    /// Session ids in the order the server sent them.
    private var sessions: [Int64] = []
    /// Per session: the index of its text of steps in `steps`.
    private var layouts: [Int] = []
    /// The scores of session `i` are `scores[offsets[i]..<offsets[i + 1]]`.
    private var offsets: [Int] = [0]
    private var scores: [Int8] = []
    /// Each distinct text of steps, joined by ``separator``.
    private var steps: [String] = []
    /// The index in `steps` of each text, by its bytes.
    private var known: [ByteBuffer: Int] = [:]

    /// The ratings of the sessions of `profile` (and `candidate`), as the server aggregates them;
    /// sessions of other profiles are left out on the server, or by ``apply(to:plans:planOf:)``.
    static func fetch(_ db: PostgresConnection, _ logger: Logger, profile: String, candidate: Int64?) async throws -> EvidenceRatings {
        var result = EvidenceRatings()
        // With no other profile's applications in the campaign there is nothing to filter: the
        // server is spared joining each rating to its session and application (a third of the read).
        var alone = false
        if candidate == nil {
            alone = try await db.all("SELECT NOT EXISTS (SELECT 1 FROM application WHERE profile <> \(profile))", logger)
                .first?.decode(Bool.self) ?? false
        }
        if alone, let blocks = try await fetchBlocks(db, logger) { return blocks }
        let rows = try await db.query(alone ? """
            SELECT rating.sessionId, string_agg(rating.step, \(String(separator))), array_agg(coalesce(rating.score, 0)::int4)
            FROM rating GROUP BY rating.sessionId
            """ : """
            SELECT rating.sessionId, string_agg(rating.step, \(String(separator))), array_agg(coalesce(rating.score, 0)::int4)
            FROM rating WHERE rating.sessionId IN (
                SELECT session.id FROM session JOIN application ON application.id = session.applicationId
                WHERE application.profile = \(profile) AND (\(candidate)::bigint IS NULL OR application.candidateId = \(candidate)))
            GROUP BY rating.sessionId
            """, logger: logger)
        var scores: [Int8] = []
        for try await row in rows {
            var cells = CellReader(row)
            let (id, joined) = (try cells.int(), try cells.bytes())
            scores.removeAll(keepingCapacity: true)
            try cells.int4Array { scores.append(Int8(clamping: $0)) }
            result.append(session: id, steps: joined, scores: scores)
        }
        return result
    }

    /// Records the ratings of session `id`: its steps joined by ``separator`` and their scores.
    mutating func append(session id: Int64, steps joined: ByteBuffer, scores sessionScores: some Sequence<Int8>) {
        sessions.append(id)
        if let layout = known[joined] {
            layouts.append(layout)
        } else {
            known[ByteBuffer(buffer: joined)] = steps.count
            layouts.append(steps.count)
            steps.append(String(buffer: joined))
        }
        scores.append(contentsOf: sessionScores)
        offsets.append(scores.count)
    }

    /// Whether ``fetch`` can serve these plans: no rating key holds ``separator``.
    static func fits(_ plans: [ItemRatingPlan]) -> Bool {
        !plans.contains { $0.ratingKeys.contains { $0.contains(separator) } }
    }

    /// Copies the scores of the sessions in `slots` (each with the plan `plans[planOf[index]]`)
    /// into them; sessions not wanted and steps not in a session's plan are skipped.
    func apply(to slots: inout RatingSlots, plans: [ItemRatingPlan], planOf: [Int]) throws {
        let positions: [[String: Int]] = plans.map { plan in
            var position: [String: Int] = [:]
            for (step, key) in plan.ratingKeys.enumerated() where position[key] == nil { position[key] = step }
            return position
        }
        var known: [[Int: [Int]]] = Array(repeating: [:], count: plans.count)
        for (row, id) in sessions.enumerated() {
            guard let index = slots.index(of: id) else { continue }
            let plan = planOf[index], layout = layouts[row]
            let stepsOf: [Int]
            if let cached = known[plan][layout] {
                stepsOf = cached
            } else {
                stepsOf = steps[layout].split(separator: Self.separator, omittingEmptySubsequences: false).map { positions[plan][String($0)] ?? -1 }
                known[plan][layout] = stepsOf
            }
            let range = offsets[row]..<offsets[row + 1]
            guard range.count == stepsOf.count else {
                throw StoreError.invalid("the database sent a session's steps and scores of different lengths")
            }
            for (step, score) in zip(stepsOf, scores[range]) where step >= 0 {
                slots.set(session: index, step: step, score: score == 0 ? nil : Int(score))
            }
        }
    }

    /// The same read with the step keys joined on the server (their position in the list sent ×
    /// 100 + the score, one `int4[]` per session): for content whose keys hold ``separator``.
    static func readJoined(_ db: PostgresConnection, _ logger: Logger, profile: String, candidate: Int64?,
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
