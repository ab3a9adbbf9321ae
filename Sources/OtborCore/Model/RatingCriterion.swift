/// A criterion an exercise is rated on (1…5), mapped to competencies.
public struct RatingCriterion: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var text: LocalizedText
    public var competencies: [CompetencyWeight]
    public var anchors: [Anchor]

    public init(id: String, text: LocalizedText, competencies: [CompetencyWeight], anchors: [Anchor] = []) {
        self.id = id
        self.text = text
        self.competencies = competencies
        self.anchors = anchors
    }
}
