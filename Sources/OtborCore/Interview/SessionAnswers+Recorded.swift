extension SessionAnswers {
    /// The answer recorded for `step`, if any. Checklists and plans are kept by item, ratings and
    /// classifications by step key (as ``isAnswered(_:)`` reads them).
    public func value(for step: InterviewStep) -> AnswerValue? {
        switch step.kind {
        case .rating: ratings[step.key].map { .rating($0) }
        case .checklist: checklists[step.item].map { .checklist($0) }
        case .classification: classifications[step.key].map { .classification($0) }
        case .plan: plans[step.item].map { .plan($0) }
        case .fact: facts[step.key].map { .fact($0) }
        }
    }

    /// Takes in `value`, just recorded as the answer to `step`, replacing an earlier answer.
    public mutating func apply(_ value: AnswerValue, to step: InterviewStep) {
        switch value {
        case .rating(let score): ratings[step.key] = .some(score)
        case .checklist(let ticked): checklists[step.item] = ticked
        case .classification(let option): classifications[step.key] = .some(option)
        case .plan(let plan): plans[step.item] = plan
        case .fact(let answer): facts[step.key] = .some(answer)
        }
    }
}

extension AnswerValue {
    /// An answer kept in an engine's option column, by its step key: a fact step's (`item#fact`)
    /// as a fact (``FactAnswer/init(stored:)``), any other as a classification.
    public static func optionColumn(key: String, option: String?) -> AnswerValue {
        guard StepKey.step(key)?.kind == .fact else { return .classification(option) }
        return .fact(option.map(FactAnswer.init(stored:)))
    }

    /// The text of an option column for a classification or a fact; `nil` for not assessed, or for
    /// an answer of another kind.
    public var optionColumn: String? {
        switch self {
        case .classification(let option): option
        case .fact(let answer): answer?.stored
        default: nil
        }
    }
}
