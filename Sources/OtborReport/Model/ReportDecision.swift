/// A recorded hiring decision, or a consensus change, with who made it and when.
public struct ReportDecision: Sendable, Hashable {
    /// `advance`, `hold`, `reject` or `hire`.
    public var decision: String
    public var reason: String
    public var by: String
    public var at: String

    public init(decision: String, reason: String, by: String, at: String) {
        self.decision = decision
        self.reason = reason
        self.by = by
        self.at = at
    }
}

/// A consensus rating as recorded, with its author.
public struct ReportConsensus: Sendable, Hashable {
    public var stage: String
    public var competency: String
    public var value: Double
    public var rationale: String
    public var by: String
    public var at: String

    public init(stage: String, competency: String, value: Double, rationale: String, by: String, at: String) {
        self.stage = stage
        self.competency = competency
        self.value = value
        self.rationale = rationale
        self.by = by
        self.at = at
    }
}
