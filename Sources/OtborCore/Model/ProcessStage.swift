/// One stage of a profile's hiring process: the guide it runs and its weight.
public struct ProcessStage: Sendable, Hashable, Codable {
    /// Id of the interview guide the stage runs.
    public var guide: String
    /// Weight of the stage when competency scores are integrated across stages.
    public var weight: Double
    public var note: LocalizedText?

    public init(guide: String, weight: Double, note: LocalizedText? = nil) {
        self.guide = guide
        self.weight = weight
        self.note = note
    }
}
