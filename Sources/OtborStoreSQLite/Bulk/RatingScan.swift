import Foundation
import GRDB
import GRDBSQLite
import OtborCore

/// The ratings of many sessions, read in one pass over the rating table into one flat array with
/// a slot per rating step of each session's guide. Step keys are matched as bytes against the
/// guide's keys, so no string is made per row.
struct RatingScan {
    /// Per slot: -1 unanswered, 0 not assessed, 1…5 the rating.
    private var scores: [Int8]
    private let offsets: [Int]

    /// - Parameters:
    ///   - sessions: ids of the sessions to read, in ascending order, each with `plans[planOf[index]]`,
    ///     the plan of its guide.
    init(_ db: Database, sessions: [Int64], plans: [ItemRatingPlan], planOf: [Int]) throws {
        let keys = plans.map { $0.ratingKeys.map { Array($0.utf8) } }
        var offsets: [Int] = []
        offsets.reserveCapacity(sessions.count)
        var total = 0
        for index in sessions.indices {
            offsets.append(total)
            total += keys[planOf[index]].count
        }
        var scores = [Int8](repeating: -1, count: total)
        // A short list is looked up by key; a long one is one pass over the table.
        let filter = sessions.count <= 500 ? "WHERE sessionId IN (\(sessions.map(String.init).joined(separator: ",")))" : ""
        let statement = try db.makeStatement(sql: "SELECT sessionId, step, score FROM rating \(filter)")
        var current: Int64 = -1, base = -1, plan = 0, expected = 0, lastSlot = -1
        try RawRows.forEach(statement, in: db) { handle in
            let session = sqlite3_column_int64(handle, 0)
            if session != current {
                current = session
                expected = 0
                // Rows mostly come session after session, in id order: try the next session first.
                let following = lastSlot + 1
                if following < sessions.count, sessions[following] == session {
                    lastSlot = following
                    base = offsets[following]
                    plan = planOf[following]
                } else if let slot = Self.position(of: session, in: sessions) {
                    lastSlot = slot
                    base = offsets[slot]
                    plan = planOf[slot]
                } else {
                    base = -1
                }
            }
            guard base >= 0, let text = sqlite3_column_text(handle, 1) else { return }
            let count = Int(sqlite3_column_bytes(handle, 1))
            let candidates = keys[plan]
            func matches(_ step: Int) -> Bool {
                candidates[step].count == count && candidates[step].withUnsafeBufferPointer { $0.baseAddress.map { memcmp($0, text, count) == 0 } ?? true }
            }
            // Rows usually come in the guide's order: try the step after the last one first.
            let step = expected < candidates.count && matches(expected) ? expected : candidates.indices.first(where: matches)
            guard let step else { return }
            expected = step + 1
            scores[base + step] = sqlite3_column_type(handle, 2) == SQLITE_NULL ? 0 : Int8(clamping: sqlite3_column_int64(handle, 2))
        }
        self.scores = scores
        self.offsets = offsets
    }

    /// The index of `id` in the ascending `ids`, by binary search.
    private static func position(of id: Int64, in ids: [Int64]) -> Int? {
        var low = 0, high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < ids.count && ids[low] == id ? low : nil
    }

    /// The rating of a step of the session at `index`: `nil` unanswered, `.some(nil)` not assessed.
    func rating(session index: Int, step: Int) -> Int?? {
        switch scores[offsets[index] + step] {
        case -1: nil
        case 0: .some(nil)
        case let value: .some(Int(value))
        }
    }
}
