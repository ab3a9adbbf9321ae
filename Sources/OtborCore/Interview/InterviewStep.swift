/// One thing an assessor answers while running a guide: a rating of a question or criterion,
/// the checklist of a role-play, a case classification, the plan of the working-day task, or a
/// screening fact.
public struct InterviewStep: Sendable, Hashable, Codable {
    /// What kind of answer the step takes.
    public enum Kind: Sendable, Hashable, Codable {
        /// A 1…5 rating (or not assessed) of a question (`criterion == nil`) or of an exercise's criterion.
        case rating(criterion: String?)
        /// The behaviours of a role-play's checklist the assessor saw.
        case checklist
        /// One option of a case classification.
        case classification(String)
        /// The candidate's plan of the working day.
        case plan
        /// A screening fact: an option or, for salary, an amount (``FactAnswer``).
        case fact
    }

    /// The guide item the step belongs to.
    public var item: String
    public var kind: Kind

    public init(item: String, kind: Kind) {
        self.item = item
        self.kind = kind
    }

    /// A stable key, such as `conflict`, `angry-client/tone`, `angry-client#checklist`,
    /// `discount#responsibility` or `working-day#plan` (``StepKey`` reads it back).
    public var key: String { StepKey.key(item: item, kind: kind) }

    /// The step a key names, read by its form alone (``StepKey/step(_:)``).
    public init?(key: String) {
        guard let step = StepKey.step(key) else { return nil }
        self = step
    }
}

extension InterviewGuide {
    /// The steps of the guide in the order an assessor meets them: per item, its ratings first,
    /// then its checklist, classification or plan.
    public var steps: [InterviewStep] { items.flatMap(\.steps) }
}

extension GuideItem {
    /// The steps of the item in order: its ratings first, then its checklist, classification or plan.
    public var steps: [InterviewStep] {
        func ratings(_ criteria: [RatingCriterion]) -> [InterviewStep] {
            criteria.map { InterviewStep(item: id, kind: .rating(criterion: $0.id)) }
        }
        switch content {
        case .question:
            return [InterviewStep(item: id, kind: .rating(criterion: nil))]
        case .rolePlay(let scenario):
            let checklist = scenario.checklist.isEmpty ? [] : [InterviewStep(item: id, kind: .checklist)]
            return ratings(scenario.criteria) + checklist
        case .caseTask(let task):
            let classification = task.classification.map { [InterviewStep(item: id, kind: .classification($0.id))] } ?? []
            return ratings(task.criteria) + classification
        case .workingDay:
            return [InterviewStep(item: id, kind: .plan)]
        case .groupExercise(let exercise):
            return ratings(exercise.criteria)
        case .fact:
            return [InterviewStep(item: id, kind: .fact)]
        }
    }
}
