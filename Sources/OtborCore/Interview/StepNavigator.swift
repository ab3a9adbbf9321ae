/// Where a sitting is among its steps: the current step, the steps answered, the steps skipped
/// to come back to, and the way back.
///
/// Moving on goes to the next step that is neither answered nor skipped; past the last step it
/// wraps round to whatever is still unanswered, skipped steps included. When every step is
/// answered ``current`` is `nil` and the sitting can be finished.
///
/// A guide's alternatives (``InterviewGuide/requiredSteps(answered:)``) add two kinds of step:
/// *closed* ones are never shown on moving on, and *optional* ones (open alternates) are shown on
/// the way forward but not come back to, and do not hold the sitting from finishing.
public struct StepNavigator: Sendable, Equatable {
    /// Number of steps.
    public let count: Int
    public private(set) var answered: Set<Int>
    public private(set) var skipped: Set<Int> = []
    /// Steps passed over on moving on: alternates no longer needed.
    public private(set) var closed: Set<Int> = []
    /// Steps shown on the way forward but not needed to finish: open alternates.
    public private(set) var optional: Set<Int> = []
    /// Steps left by moving on (answering or skipping), most recent last; `back()` returns to them.
    public private(set) var history: [Int] = []
    /// The step shown now; `nil` when every step is answered.
    public private(set) var current: Int?

    /// Starts at the first unanswered step after `lastAnswered` (the session's cursor), wrapping
    /// round; at the first unanswered step when nothing was answered yet.
    public init(count: Int, answered: Set<Int>, lastAnswered: Int? = nil) {
        self.count = count
        self.answered = answered
        current = nil
        current = next(after: lastAnswered)
    }

    /// Continues a saved navigation: at `current`, with the steps skipped and the way back as they
    /// were. Indices outside `0..<count` are left out and answered steps are not skipped; without a
    /// current step it is the first unanswered one after `lastAnswered`.
    public init(count: Int, answered: Set<Int>, skipped: Set<Int>, history: [Int], current: Int?, lastAnswered: Int? = nil) {
        self.count = count
        self.answered = answered
        let valid = 0..<count
        self.skipped = skipped.filter { valid.contains($0) }.subtracting(answered)
        self.history = history.filter { valid.contains($0) }
        self.current = nil
        self.current = current.flatMap { valid.contains($0) ? $0 : nil } ?? next(after: lastAnswered)
    }

    /// Whether step `index` has an answer.
    public func isAnswered(_ index: Int) -> Bool { answered.contains(index) }

    /// Number of answered steps.
    public var answeredCount: Int { answered.count }

    /// Sets which steps are closed and which optional (from the guide's alternatives and the answers so
    /// far); takes effect on the next move, and at once when the current step is `nil` or closed.
    public mutating func setAlternates(closed: Set<Int>, optional: Set<Int>) {
        self.closed = closed
        self.optional = optional
        if let index = current, closed.contains(index) { current = next(after: index) }
    }

    /// Records that the current step was answered and moves on.
    public mutating func answerCurrent() {
        guard let index = current else { return }
        answered.insert(index)
        skipped.remove(index)
        history.append(index)
        current = next(after: index)
    }

    /// Skips the current step to come back to it later; `false` (and nothing changes) when it is
    /// the only step left unanswered.
    /// `along` are skipped with it (the other steps of an alternate passed over).
    @discardableResult
    public mutating func skipCurrent(along: Set<Int> = []) -> Bool {
        guard let index = current else { return false }
        let passed = along.subtracting(answered).union([index])
        let before = skipped
        skipped.formUnion(passed)
        let following = next(after: index)
        // Stuck when only the passed steps are left, unless an open alternate is passed at the end.
        guard !(following.map(passed.contains) ?? !optional.contains(index)) else {
            skipped = before
            return false
        }
        history.append(index)
        current = following
        return true
    }

    /// Returns to the step shown before; `false` when there is none.
    @discardableResult
    public mutating func back() -> Bool {
        guard let previous = history.popLast() else {
            if current == nil, count > 0 {
                current = count - 1
                return true
            }
            return false
        }
        current = previous
        return true
    }

    /// The next step to show after `index`: the first one after it neither answered, skipped nor
    /// closed, else, from the start, the first needed one unanswered (skipped or not); `nil` when
    /// every needed step is answered. Closed and optional steps are not needed.
    public func next(after index: Int?) -> Int? {
        let start = (index ?? -1) + 1
        if start < count, let fresh = (start..<count).first(where: { !answered.contains($0) && !skipped.contains($0) && !closed.contains($0) }) {
            return fresh
        }
        let ring = Array(start..<max(start, count)) + Array(0..<min(start, count))
        let needed = ring.filter { !answered.contains($0) && !closed.contains($0) && !optional.contains($0) }
        return needed.first { !skipped.contains($0) } ?? needed.first
    }
}
