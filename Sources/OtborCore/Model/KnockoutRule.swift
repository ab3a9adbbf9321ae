/// A rule that takes a candidate out of the process regardless of the compensatory score.
public struct KnockoutRule: Sendable, Hashable, Codable, Identifiable {
    /// What the rule tests.
    public enum Condition: Sendable, Hashable, Codable {
        /// The integrated score of a competency is below a value.
        case competencyBelow(competency: String, value: Double)
        /// An assessor recorded this red flag (an id from one of the process guides).
        case redFlag(String)
    }

    public var id: String
    public var text: LocalizedText
    public var condition: Condition

    public init(id: String, text: LocalizedText, condition: Condition) {
        self.id = id
        self.text = text
        self.condition = condition
    }
}
