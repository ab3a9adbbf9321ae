/// The non-compensatory output: critical competencies below level (F11) and knock-out rules.
/// Kept apart from the compensatory score and never merged into it.
public struct HurdleResult: Sendable, Hashable, Codable {
    /// A critical competency below its required level minus the tolerance.
    public struct Failure: Sendable, Hashable, Codable {
        public var competency: String
        public var score: Double
        public var required: Int
    }

    /// A knock-out rule that fired.
    public struct Knockout: Sendable, Hashable, Codable {
        public var rule: String
        public var text: LocalizedText
    }

    public var tolerance: Double
    public var failures: [Failure]
    public var knockouts: [Knockout]
    /// Critical competencies no stage has assessed yet: the hurdle cannot be passed on them.
    public var unassessedCritical: [String]

    /// Passed when no critical competency fails and no knock-out fired.
    public var passed: Bool { failures.isEmpty && knockouts.isEmpty }
}
