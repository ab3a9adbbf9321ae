/// The non-compensatory output: critical competencies below level (F11) and knock-out rules.
/// Kept apart from the compensatory score and never merged into it.
public struct HurdleResult: Sendable, Hashable, Codable {
    /// A critical competency below its required level minus the tolerance.
    public struct Failure: Sendable, Hashable, Codable {
        public var competency: String
        public var score: Double
        public var required: Int
        /// The tolerance applied: the profile's for the requirement, or the engine's.
        public var tolerance: Double

        public init(competency: String, score: Double, required: Int, tolerance: Double = 0) {
            self.competency = competency
            self.score = score
            self.required = required
            self.tolerance = tolerance
        }

        /// The lowest score that would have met the hurdle: `required − tolerance`.
        public var cutoff: Double { Double(required) - tolerance }
    }

    /// A knock-out rule that fired.
    public struct Knockout: Sendable, Hashable, Codable {
        public var rule: String
        public var text: LocalizedText
    }

    /// The engine's tolerance, for critical requirements whose profile states none.
    public var tolerance: Double
    /// Tolerances the profile states, by critical competency (``CompetencyRequirement/tolerance``).
    public var stated: [String: Double]
    public var failures: [Failure]
    public var knockouts: [Knockout]
    /// Critical competencies no stage has assessed yet: the hurdle cannot be passed on them.
    public var unassessedCritical: [String]

    public init(tolerance: Double, stated: [String: Double] = [:], failures: [Failure], knockouts: [Knockout],
                unassessedCritical: [String]) {
        self.tolerance = tolerance
        self.stated = stated
        self.failures = failures
        self.knockouts = knockouts
        self.unassessedCritical = unassessedCritical
    }

    /// Where the hurdle stands.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Every critical competency assessed and at its level; no knock-out.
        case passed
        /// No failure or knock-out so far, but some critical competency is not assessed yet.
        case incomplete
        /// A critical competency below its level, or a knock-out.
        case failed
    }

    /// Failed as soon as something fails; passed only when every critical competency was assessed.
    public var status: Status {
        if !failures.isEmpty || !knockouts.isEmpty { return .failed }
        return unassessedCritical.isEmpty ? .passed : .incomplete
    }

    /// Whether the hurdle is passed: nothing failed and every critical competency was assessed.
    public var passed: Bool { status == .passed }
}
