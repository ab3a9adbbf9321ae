/// Which steps a session must answer when a guide offers alternatives: the one home of the rule
/// that the runner, the console, the API, the report and the coverage matrix share.
///
/// An item outside every group is always run. In a group, an item is *chosen* once any of its steps
/// has an answer. While fewer than `run` items are chosen, the first unchosen items in the group's
/// order make up the rest (the default choice); once `run` are chosen, the others are *closed*:
/// not missing, not open, not unanswered.
extension InterviewGuide {
    /// The group the item belongs to, if any.
    public func alternativeGroup(of item: String) -> AlternativeGroup? {
        alternatives.first { $0.items.contains(item) }
    }

    /// The steps a session must answer, in guide order, given which steps are answered.
    public func requiredSteps(answered: (InterviewStep) -> Bool) -> [InterviewStep] {
        let runItems = self.runItems(answered: answered)
        return steps.filter { runItems.contains($0.item) }
    }

    /// The required steps still without an answer, in guide order.
    public func unansweredSteps(answered: (InterviewStep) -> Bool) -> [InterviewStep] {
        requiredSteps(answered: answered).filter { !answered($0) }
    }

    /// The steps of alternates no longer needed: unchosen items of a group whose `run` items are chosen.
    public func closedSteps(answered: (InterviewStep) -> Bool) -> [InterviewStep] {
        let closed = closedItems(answered: answered)
        return steps.filter { closed.contains($0.item) }
    }

    /// `true` when the step belongs to an unchosen item of a group still short of its `run`: it may be
    /// answered (the alternate swapped in) or passed over. Of these, the group's default choice is
    /// still required (``requiredSteps(answered:)``) until another item is chosen instead.
    public func isOpenAlternate(_ step: InterviewStep, answered: (InterviewStep) -> Bool) -> Bool {
        guard let group = alternativeGroup(of: step.item) else { return false }
        let chosen = chosenItems(of: group, answered: answered)
        return chosen.count < group.run && !chosen.contains(step.item)
    }

    /// The items a session runs: those outside groups, and per group the chosen items topped up with
    /// the first unchosen ones to `run`.
    public func runItems(answered: (InterviewStep) -> Bool) -> Set<String> {
        var run = Set(items.map(\.id))
        for group in alternatives {
            let chosen = chosenItems(of: group, answered: answered)
            let defaults = group.items.filter { !chosen.contains($0) }.prefix(max(0, group.run - chosen.count))
            run.subtract(group.items)
            run.formUnion(chosen)
            run.formUnion(defaults)
        }
        return run
    }

    /// The competencies the guide measures whichever alternatives are run: those of items outside
    /// groups, and a group's competency when fewer than `run` of its items leave it out.
    public var assuredCompetencies: [String] {
        let grouped = Set(alternatives.flatMap(\.items))
        var ids: [String] = []
        for item in items where !grouped.contains(item.id) { item.competencies.forEach { if !ids.contains($0) { ids.append($0) } } }
        for group in alternatives {
            let members = group.items.compactMap(item)
            for id in members.flatMap(\.competencies) where !ids.contains(id) {
                if members.filter({ !$0.competencies.contains(id) }).count < group.run { ids.append(id) }
            }
        }
        return measuredCompetencies.filter(ids.contains)
    }

    private func chosenItems(of group: AlternativeGroup, answered: (InterviewStep) -> Bool) -> Set<String> {
        Set(group.items.filter { id in item(id)?.steps.contains(where: answered) == true })
    }

    private func closedItems(answered: (InterviewStep) -> Bool) -> Set<String> {
        var closed: Set<String> = []
        for group in alternatives {
            let chosen = chosenItems(of: group, answered: answered)
            if chosen.count >= group.run { closed.formUnion(group.items.filter { !chosen.contains($0) }) }
        }
        return closed
    }
}

extension InterviewGuide {
    /// ``requiredSteps(answered:)`` for a session's answers.
    public func requiredSteps(_ answers: SessionAnswers) -> [InterviewStep] { requiredSteps(answered: answers.isAnswered) }
    /// ``unansweredSteps(answered:)`` for a session's answers.
    public func unansweredSteps(_ answers: SessionAnswers) -> [InterviewStep] { unansweredSteps(answered: answers.isAnswered) }
}

extension InterviewGuide {
    /// How far a session is: its answered steps among those it must answer (closed alternates left out).
    public func progress(_ answers: SessionAnswers) -> (answered: Int, total: Int) {
        let required = requiredSteps(answers)
        return (required.filter(answers.isAnswered).count, required.count)
    }
}
