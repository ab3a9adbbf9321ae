import OtborCore

/// The ratings of many sessions for the evidence, in one flat array with a slot per rating step of
/// each session's guide (``ItemRatingPlan/ratingKeys``), so no string or dictionary is made per
/// rating. Each engine fills it from its own bulk read (SQLite's `RatingScan`, PostgreSQL's
/// `EvidenceRatings`).
public struct RatingSlots: Sendable {
    /// Per slot: -1 unanswered, 0 not assessed, 1… the rating.
    @usableFromInline var scores: [Int8]
    @usableFromInline let offsets: [Int]
    /// The session ids, ascending.
    public let sessions: [Int64]

    /// Empty slots for `sessions` (ids, ascending), the session at `index` with the plan `plans[planOf[index]]`.
    public init(sessions: [Int64], plans: [ItemRatingPlan], planOf: [Int]) {
        var offsets: [Int] = [], total = 0
        offsets.reserveCapacity(sessions.count)
        for index in sessions.indices {
            offsets.append(total)
            total += plans[planOf[index]].ratingKeys.count
        }
        scores = [Int8](repeating: -1, count: total)
        self.offsets = offsets
        self.sessions = sessions
    }

    /// Records `score` (`nil`: not assessed) for `step` of the session at `index`.
    @inlinable
    public mutating func set(session index: Int, step: Int, score: Int?) {
        scores[offsets[index] + step] = score.map { Int8(clamping: $0) } ?? 0
    }

    /// The index of the session `id`, by binary search.
    public func index(of id: Int64) -> Int? {
        var low = 0, high = sessions.count
        while low < high {
            let middle = (low + high) / 2
            if sessions[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < sessions.count && sessions[low] == id ? low : nil
    }

    /// The rating of a step of the session at `index`: `nil` unanswered, `.some(nil)` not assessed.
    @inlinable
    public func rating(session index: Int, step: Int) -> Int?? {
        switch scores[offsets[index] + step] {
        case -1: nil
        case 0: .some(nil)
        case let value: .some(Int(value))
        }
    }
}
