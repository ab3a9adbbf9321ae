/// How the answers of one guide turn into the engine's item ratings (Docs/Scoring.md), worked out
/// once per guide: the rating steps with their keys and competency weights, and the checklists,
/// classifications and plans that convert into ratings, each at its place in the guide's order.
public struct ItemRatingPlan: Sendable {
    /// Keys of the guide's rating steps (`item` or `item/criterion`), in the guide's order.
    public let ratingKeys: [String]
    private let ratingWeights: [[CompetencyWeight]]
    /// Conversions with the number of rating steps that come before them in the guide.
    private let conversions: [(position: Int, conversion: Conversion)]

    private enum Conversion: Sendable {
        case checklist(item: String, scenario: RolePlayScenario)
        case classification(item: String, key: String, classification: CaseTask.Classification)
        case plan(item: String, task: WorkingDayTask)
    }

    public init(guide: InterviewGuide) {
        var keys: [String] = []
        var weights: [[CompetencyWeight]] = []
        var conversions: [(position: Int, conversion: Conversion)] = []
        for item in guide.items {
            func rating(_ key: String, _ competencies: [CompetencyWeight]) {
                keys.append(key)
                weights.append(competencies)
            }
            func criteria(_ list: [RatingCriterion]) {
                list.forEach { rating(StepKey.key(item: item.id, kind: .rating(criterion: $0.id)), $0.competencies) }
            }
            switch item.content {
            case .question(let question):
                rating(StepKey.key(item: item.id, kind: .rating(criterion: nil)), question.competencies)
            case .rolePlay(let scenario):
                criteria(scenario.criteria)
                conversions.append((keys.count, .checklist(item: item.id, scenario: scenario)))
            case .caseTask(let task):
                criteria(task.criteria)
                if let classification = task.classification {
                    conversions.append((keys.count, .classification(
                        item: item.id, key: StepKey.key(item: item.id, kind: .classification(classification.id)),
                        classification: classification)))
                }
            case .workingDay(let task):
                conversions.append((keys.count, .plan(item: item.id, task: task)))
            case .groupExercise(let exercise):
                criteria(exercise.criteria)
            case .fact:
                break  // a fact never becomes a rating (ScreeningResult judges it)
            }
        }
        ratingKeys = keys
        ratingWeights = weights
        self.conversions = conversions
    }

    /// The item ratings of `answers`, reading its ratings by key.
    public func itemRatings(_ answers: SessionAnswers) -> [ItemRating] {
        itemRatings(answers) { answers.ratings[ratingKeys[$0]] }
    }

    /// The item ratings of `answers`, in the guide's order, with the rating of each step (by its
    /// index in ``ratingKeys``) given by `rating`: `nil` when unanswered, `.some(nil)` for "not assessed".
    public func itemRatings(_ answers: SessionAnswers, rating: (Int) -> Int??) -> [ItemRating] {
        var result: [ItemRating] = []
        result.reserveCapacity(ratingKeys.count)
        let converts = !answers.checklists.isEmpty || !answers.classifications.isEmpty || !answers.plans.isEmpty
        var next = 0
        for step in ratingKeys.indices {
            while converts, next < conversions.count, conversions[next].position == step {
                convert(conversions[next].conversion, answers, into: &result)
                next += 1
            }
            guard let entry = rating(step) else { continue }
            result.append(ItemRating(item: ratingKeys[step], value: entry.map(Double.init), weights: ratingWeights[step]))
        }
        while converts, next < conversions.count {
            convert(conversions[next].conversion, answers, into: &result)
            next += 1
        }
        return result
    }

    private func convert(_ conversion: Conversion, _ answers: SessionAnswers, into result: inout [ItemRating]) {
        switch conversion {
        case .checklist(let item, let scenario):
            if let ticked = answers.checklists[item] {
                result += ChecklistConversion.ratings(scenario: scenario, item: item, ticked: ticked)
            }
        case .classification(let item, let key, let classification):
            if let entry = answers.classifications[key], let option = entry,
               let converted = ChecklistConversion.rating(classification: classification, item: item, option: option) {
                result.append(converted)
            }
        case .plan(let item, let task):
            if let plan = answers.plans[item] {
                result.append(ItemRating(item: StepKey.key(item: item, kind: .plan), value: WorkingDayScore(task: task, plan: plan).rating,
                                         weights: task.competencies))
            }
        }
    }
}
