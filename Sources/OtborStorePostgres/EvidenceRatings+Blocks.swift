import Foundation
import OtborStore
import PostgresNIO

extension EvidenceRatings {
    /// Session ids per row of ``fetchBlocks(_:_:)``.
    static let blockSize = 256

    /// Every rating of the campaign, as ``fetch(_:_:profile:candidate:)`` reads them, but one row
    /// per ``blockSize`` session ids (a range of the rating table's key each), every rating with its
    /// session's id: taking a row apart costs the client far more than the values it holds, and
    /// this sends 1 row for every 256 sessions. `nil` when a block's steps do not line up with its
    /// scores (a step holding ``separator``): the caller then asks per session.
    static func fetchBlocks(_ db: PostgresConnection, _ logger: Logger) async throws -> EvidenceRatings? {
        let size = String(blockSize)
        // The planner takes `generate_series` for 1,000 rows, costs the query high enough to compile
        // it (JIT, with inlining and optimisation) and spends longer on that than on the read itself
        // for a small campaign (150 ms of 210 at 1,000 candidates). For the rest of this read only.
        try await db.query("SET LOCAL jit = off", logger: logger)
        let rows = try await db.query("""
            SELECT rated.ids, rated.steps, rated.scores
            FROM generate_series(0, coalesce((SELECT max(sessionId) FROM rating), 0) / \(unescaped: size)) AS block(n)
            CROSS JOIN LATERAL (
                SELECT array_agg(rating.sessionId) AS ids, string_agg(rating.step, chr(\(unescaped: String(separator.asciiValue!)))) AS steps,
                       array_agg(coalesce(rating.score, 0)::int4) AS scores
                FROM rating
                WHERE rating.sessionId >= block.n * \(unescaped: size) AND rating.sessionId < (block.n + 1) * \(unescaped: size)) AS rated
            WHERE rated.ids IS NOT NULL
            """, logger: logger)
        var result = EvidenceRatings(), block = Block(), linedUp = true
        for try await row in rows where linedUp {
            var cells = CellReader(row)
            block.ids.removeAll(keepingCapacity: true)
            block.scores.removeAll(keepingCapacity: true)
            try cells.int8Array { block.ids.append($0) }
            block.steps = try cells.bytes()
            try cells.int4Array { block.scores.append(Int8(clamping: $0)) }
            linedUp = result.append(block)
        }
        return linedUp ? result : nil
    }

    /// One row of ``fetchBlocks(_:_:)``: per rating its session, step (in `steps`, joined by
    /// ``separator``) and score.
    struct Block {
        var ids: [Int64] = []
        var steps = ByteBuffer()
        var scores: [Int8] = []
    }

    /// Records the ratings of `block` by session, `false` (recording nothing) when its ids, steps
    /// and scores are not as many. A session's ratings apart from each other in the block (the
    /// server read them off the table, not the key) are gathered first, in the order sent.
    mutating func append(_ block: Block) -> Bool {
        let separator = UInt8(Self.separator.asciiValue!)
        var ends: [Int] = []
        ends.reserveCapacity(block.ids.count)
        block.steps.withUnsafeReadableBytes { bytes in
            for (offset, byte) in bytes.enumerated() where byte == separator { ends.append(offset) }
            ends.append(bytes.count)
        }
        guard block.ids.count == block.scores.count, ends.count == block.ids.count || block.ids.isEmpty else { return false }
        func step(_ index: Int) -> ByteBuffer {
            let start = index == 0 ? 0 : ends[index - 1] + 1
            return block.steps.getSlice(at: block.steps.readerIndex + start, length: ends[index] - start)!
        }
        let ids = block.ids
        var order = Array(ids.indices)
        let inKeyOrder = !zip(ids, ids.dropFirst()).contains { $0 > $1 }
        if !inKeyOrder { order.sort { (ids[$0], $0) < (ids[$1], $1) } }
        var first = 0
        while first < order.count {
            var next = first + 1
            while next < order.count, ids[order[next]] == ids[order[first]] { next += 1 }
            var joined: ByteBuffer
            if inKeyOrder {
                let start = first == 0 ? 0 : ends[first - 1] + 1
                joined = block.steps.getSlice(at: block.steps.readerIndex + start, length: ends[next - 1] - start)!
            } else {
                joined = ByteBuffer()
                for index in order[first..<next] {
                    if index != order[first] { joined.writeInteger(separator) }
                    joined.writeImmutableBuffer(step(index))
                }
            }
            append(session: ids[order[first]], steps: joined, scores: order[first..<next].lazy.map { block.scores[$0] })
            first = next
        }
        return true
    }
}
