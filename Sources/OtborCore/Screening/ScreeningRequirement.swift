/// One entry of a profile's `screening` block: what the employer requires of a fact, which the
/// fact steps of the process record (``ScreeningFact``) and judge.
public struct ScreeningRequirement: Sendable, Hashable, Codable {
    public var topic: ScreeningTopic
    /// The requirement in words, such as "at least two years leading a team of five or more".
    public var text: LocalizedText
    /// Whether a failed fact on this topic takes the candidate out of the process.
    public var knockout: Bool

    public init(topic: ScreeningTopic, text: LocalizedText, knockout: Bool = true) {
        self.topic = topic
        self.text = text
        self.knockout = knockout
    }
}
