/// The description of one level of a rating scale, specific to a question or criterion.
public struct Anchor: Sendable, Hashable, Codable {
    /// Level 1…5.
    public var level: Int
    public var text: LocalizedText

    public init(level: Int, text: LocalizedText) {
        self.level = level
        self.text = text
    }
}
