/// What an assessor answered for one step of a guide, by the step's kind.
public enum AnswerValue: Sendable, Hashable {
    /// 1…5 (``RatingScale``), or `nil` for not assessed.
    case rating(Int?)
    /// The behaviours ticked (possibly none).
    case checklist(Set<String>)
    /// The option chosen, or `nil` for not assessed.
    case classification(String?)
    /// The working-day plan.
    case plan(WorkingDayPlan)
    /// The screening fact recorded, or `nil` for not asked.
    case fact(FactAnswer?)

    /// The kinds of answer, one per kind of step.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case rating, checklist, classification, plan, fact
    }

    /// The kind of this answer.
    public var kind: Kind {
        switch self {
        case .rating: .rating
        case .checklist: .checklist
        case .classification: .classification
        case .plan: .plan
        case .fact: .fact
        }
    }
}

extension InterviewStep.Kind {
    /// The kind of answer a step of this kind takes.
    public var answerKind: AnswerValue.Kind {
        switch self {
        case .rating: .rating
        case .checklist: .checklist
        case .classification: .classification
        case .plan: .plan
        case .fact: .fact
        }
    }
}
