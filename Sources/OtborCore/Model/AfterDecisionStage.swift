/// A stage a profile runs after the panel's decision: the reference check, the job offer.
///
/// It records facts and notes, never ratings: it is not scored, not in the coverage matrix, and
/// counts toward neither the limit of stages nor the candidate's hours of the process
/// (``ProcessHours``), which measure the assessment up to the decision.
public struct AfterDecisionStage: Sendable, Hashable, Codable {
    /// Id of the interview guide the stage runs.
    public var guide: String
    public var note: LocalizedText?

    public init(guide: String, note: LocalizedText? = nil) {
        self.guide = guide
        self.note = note
    }
}
