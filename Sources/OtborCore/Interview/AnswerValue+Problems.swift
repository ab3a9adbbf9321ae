/// Whether an answer fits its step: the one home of the rules every front end, the scoresheet
/// reader and the store apply.
extension AnswerValue {
    /// What is wrong with this value as the answer to `step` of `guide`, in a stable order
    /// (ticks sorted, plan lines in order); empty when it fits.
    public func problems(for step: InterviewStep, in guide: InterviewGuide) -> [AnswerProblem] {
        guard let item = guide.item(step.item) else { return [.notAStep] }
        return problems(for: step, item: item)
    }

    /// What is wrong with this value as the answer to `step` of `item` (the guide's item of the
    /// step); empty when it fits.
    public func problems(for step: InterviewStep, item: GuideItem) -> [AnswerProblem] {
        guard step.item == item.id, item.steps.contains(step) else { return [.notAStep] }
        guard kind == step.kind.answerKind else { return [.wrongKind(expected: step.kind.answerKind, found: kind)] }
        switch (self, item.content) {
        case (.rating(let value?), _):
            return RatingScale.contains(value) ? [] : [.ratingOffScale(value)]
        case (.checklist(let ticked), .rolePlay(let scenario)):
            let known = Set(scenario.checklist.map(\.id))
            return ticked.subtracting(known).sorted().map(AnswerProblem.unknownBehaviour)
        case (.classification(let option?), .caseTask(let task)):
            let known = task.classification?.options.map(\.id) ?? []
            return known.contains(option) ? [] : [.unknownOption(option)]
        case (.plan(let plan), .workingDay(let task)):
            return plan.problems(for: task)
        case (.fact(let answer?), .fact(let fact)):
            return answer.problems(for: fact)
        default:
            return []
        }
    }
}
