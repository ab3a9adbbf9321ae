import OtborCore

/// One answer an assessor gives for one step of a guide, with the evidence note.
public struct RecordedAnswer: Sendable, Hashable {
    /// What was answered.
    public enum Value: Sendable, Hashable {
        /// 1…5, or `nil` for not assessed.
        case rating(Int?)
        /// The behaviours ticked.
        case checklist(Set<String>)
        /// The option chosen, or `nil` for not assessed.
        case classification(String?)
        case plan(WorkingDayPlan)
    }

    public var step: InterviewStep
    public var value: Value
    public var note: String

    public init(step: InterviewStep, value: Value, note: String = "") {
        self.step = step
        self.value = value
        self.note = note
    }
}
