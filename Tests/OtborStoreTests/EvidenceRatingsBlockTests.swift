import NIOCore
import OtborCore
import OtborStore
@testable import OtborStorePostgres
import Testing

/// A row of the PostgreSQL engine's block read of the ratings, taken apart by session: in the
/// key's order, out of it, and with a step that holds the separator (refused, so the read asks
/// per session instead).
struct EvidenceRatingsBlockTests {
    static let plan = ItemRatingPlan(guide: StoreFixture.guide)

    /// The block of `ratings` (session id, step, score), the steps joined by the separator.
    static func block(_ ratings: [(Int64, String, Int8)]) -> EvidenceRatings.Block {
        let steps = ratings.map(\.1).joined(separator: String(EvidenceRatings.separator))
        return EvidenceRatings.Block(ids: ratings.map(\.0), steps: ByteBuffer(string: steps), scores: ratings.map(\.2))
    }

    /// The rating of each of `sessions` for each rating key of the plan, after `block` is applied.
    static func read(_ block: EvidenceRatings.Block, sessions: [Int64]) throws -> [[Int??]] {
        var ratings = EvidenceRatings()
        let appended = ratings.append(block)
        #expect(appended)
        var slots = RatingSlots(sessions: sessions, plans: [plan], planOf: sessions.map { _ in 0 })
        try ratings.apply(to: &slots, plans: [plan], planOf: sessions.map { _ in 0 })
        return sessions.indices.map { index in plan.ratingKeys.indices.map { slots.rating(session: index, step: $0) } }
    }

    @Test("a block in the key's order and the same ratings shuffled give each session its own scores",
          arguments: [false, true])
    func bySession(shuffled: Bool) throws {
        let keys = Self.plan.ratingKeys
        try #require(keys.count >= 2)
        var ratings: [(Int64, String, Int8)] = [(7, keys[0], 4), (7, keys[1], 0), (9, keys[0], 2), (9, keys[1], 5), (12, keys[1], 3)]
        if shuffled { ratings = [ratings[3], ratings[0], ratings[4], ratings[2], ratings[1]] }
        let read = try Self.read(Self.block(ratings), sessions: [7, 9, 12])
        #expect(read[0][0] == .some(4) && read[0][1] == .some(nil))
        #expect(read[1][0] == .some(2) && read[1][1] == .some(5))
        #expect(read[2][0] == nil && read[2][1] == .some(3))
    }

    @Test("a step that holds the separator makes the block not line up: nothing is recorded")
    func separatorInAStep() {
        var block = Self.block([(7, Self.plan.ratingKeys[0], 4), (7, "odd\u{1F}step", 2)])
        var ratings = EvidenceRatings()
        let withSeparator = ratings.append(block)
        block.scores.removeLast()
        let shortOfScores = ratings.append(block)
        #expect(!withSeparator && !shortOfScores)
    }
}
