/// Which competencies one step of a guide rates.
extension InterviewGuide {
    /// The competencies a step rates: a criterion's own for a criterion step of a role-play, case or
    /// group exercise, otherwise every competency of its item; none for an unknown item or a fact.
    public func competencies(ofStep key: String) -> [String] {
        guard let item = item(StepKey.item(of: key)) else { return [] }
        if let step = StepKey.step(key), case .rating(let criterion?) = step.kind {
            let criteria: [RatingCriterion] = switch item.content {
            case .rolePlay(let scenario): scenario.criteria
            case .caseTask(let task): task.criteria
            case .groupExercise(let exercise): exercise.criteria
            default: []
            }
            if let found = criteria.first(where: { $0.id == criterion }) { return found.competencies.map(\.competency) }
        }
        return item.competencies
    }
}
