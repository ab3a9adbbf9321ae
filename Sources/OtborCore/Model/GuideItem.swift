/// One item of an interview guide.
public struct GuideItem: Sendable, Hashable, Codable, Identifiable {
    /// What the item is, with its content.
    public enum Content: Sendable, Hashable, Codable {
        case question(InterviewQuestion)
        case rolePlay(RolePlayScenario)
        case caseTask(CaseTask)
        case workingDay(WorkingDayTask)
        case groupExercise(GroupExercise)
        case fact(ScreeningFact)
    }

    /// Unique within the guide.
    public var id: String
    public var content: Content
    public var provenance: Provenance

    public init(id: String, content: Content, provenance: Provenance = .unknown) {
        self.id = id
        self.content = content
        self.provenance = provenance
    }

    /// The type name used in data files.
    public var typeName: String {
        switch content {
        case .question: "question"
        case .rolePlay: "role-play"
        case .caseTask: "case"
        case .workingDay: "working-day"
        case .groupExercise: "group-exercise"
        case .fact: "fact"
        }
    }

    /// A one-line title: the question text or the exercise title.
    public var title: LocalizedText {
        switch content {
        case .question(let question): question.text
        case .rolePlay(let scenario): scenario.title
        case .caseTask(let task): task.title
        case .workingDay(let task): task.title
        case .groupExercise(let exercise): exercise.title
        case .fact(let fact): fact.text
        }
    }

    /// The rating criteria of an exercise item; none for questions and the working day.
    public var criteria: [RatingCriterion] {
        switch content {
        case .rolePlay(let scenario): scenario.criteria
        case .caseTask(let task): task.criteria
        case .groupExercise(let exercise): exercise.criteria
        case .question, .workingDay, .fact: []
        }
    }

    /// Every competency the item rates, in order of first mention, without repeats.
    public var competencies: [String] {
        var ids: [String] = []
        func add(_ id: String) { if !ids.contains(id) { ids.append(id) } }
        switch content {
        case .question(let question):
            question.competencies.forEach { add($0.competency) }
        case .rolePlay(let scenario):
            scenario.criteria.flatMap(\.competencies).forEach { add($0.competency) }
            scenario.checklist.forEach { add($0.competency) }
        case .caseTask(let task):
            task.criteria.flatMap(\.competencies).forEach { add($0.competency) }
            if let classification = task.classification { add(classification.competency) }
        case .workingDay(let task):
            task.competencies.forEach { add($0.competency) }
        case .groupExercise(let exercise):
            exercise.criteria.flatMap(\.competencies).forEach { add($0.competency) }
        case .fact:
            break  // facts are not competency ratings
        }
        return ids
    }
}
