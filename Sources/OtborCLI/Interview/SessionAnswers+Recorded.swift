import OtborCore
import OtborStore

extension SessionAnswers {
    /// The answer recorded for `step`, if any.
    func value(for step: InterviewStep) -> RecordedAnswer.Value? {
        switch step.kind {
        case .rating: ratings[step.key].map { .rating($0) }
        case .checklist: checklists[step.item].map { .checklist($0) }
        case .classification: classifications[step.key].map { .classification($0) }
        case .plan: plans[step.item].map { .plan($0) }
        }
    }

    /// Takes in an answer that was just recorded, as the store now holds it.
    mutating func apply(_ answer: RecordedAnswer) {
        switch answer.value {
        case .rating(let score): ratings[answer.step.key] = .some(score)
        case .checklist(let ticked): checklists[answer.step.item] = ticked
        case .classification(let option): classifications[answer.step.key] = .some(option)
        case .plan(let plan): plans[answer.step.item] = plan
        }
    }
}
