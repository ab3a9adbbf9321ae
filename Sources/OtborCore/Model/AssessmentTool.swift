/// A row of an assessment-tools table: a tested quality, the tool, how to read the result.
public struct AssessmentTool: Sendable, Hashable, Codable {
    public var quality: LocalizedText
    public var competency: String
    public var tool: LocalizedText
    public var guide: String?
    public var interpretation: LocalizedText?

    public init(
        quality: LocalizedText, competency: String, tool: LocalizedText, guide: String? = nil,
        interpretation: LocalizedText? = nil
    ) {
        self.quality = quality
        self.competency = competency
        self.tool = tool
        self.guide = guide
        self.interpretation = interpretation
    }
}
