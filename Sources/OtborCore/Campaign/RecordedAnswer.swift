
/// One answer an assessor gives for one step of a guide, with the evidence note.
public struct RecordedAnswer: Sendable, Hashable {
    /// What was answered.
    public typealias Value = AnswerValue

    public var step: InterviewStep
    public var value: Value
    public var note: String

    public init(step: InterviewStep, value: Value, note: String = "") {
        self.step = step
        self.value = value
        self.note = note
    }
}
