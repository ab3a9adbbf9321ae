/// What an assessor answered for one step of a guide, by the step's kind.
public enum AnswerValue: Sendable, Hashable {
    /// 1…5, or `nil` for not assessed.
    case rating(Int?)
    /// The behaviours ticked (possibly none).
    case checklist(Set<String>)
    /// The option chosen, or `nil` for not assessed.
    case classification(String?)
    /// The working-day plan.
    case plan(WorkingDayPlan)
}
