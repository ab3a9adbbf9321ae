import OtborCore

/// A step of a guide as the report names it, with the competencies its answer rates.
struct GuideStepInfo: Sendable {
    var step: InterviewStep
    var item: GuideItem
    /// The item title, with the criterion or classification after a dash.
    var title: String
    var competencies: [String]

    /// Every step of `guide` by its key (`InterviewStep.key`).
    static func map(_ guide: InterviewGuide, language: ContentLanguage) -> [String: GuideStepInfo] {
        var items: [String: GuideItem] = [:]
        for item in guide.items where items[item.id] == nil { items[item.id] = item }
        var result: [String: GuideStepInfo] = [:]
        for step in guide.steps {
            guard let item = items[step.item] else { continue }
            result[step.key] = info(step, item: item, language: language)
        }
        return result
    }

    /// The info of one step of `item`.
    static func info(_ step: InterviewStep, item: GuideItem, language: ContentLanguage) -> GuideStepInfo {
        let title = item.title.text(in: language)
        func unique(_ ids: [String]) -> [String] {
            var seen: Set<String> = []
            return ids.filter { seen.insert($0).inserted }
        }
        switch (step.kind, item.content) {
        case (.rating(nil), .question(let question)):
            return GuideStepInfo(step: step, item: item, title: title, competencies: unique(question.competencies.map(\.competency)))
        case (.rating(let id?), _):
            let criterion = criteria(of: item).first { $0.id == id }
            return GuideStepInfo(
                step: step, item: item, title: title + (criterion.map { " — " + $0.text.text(in: language) } ?? " — " + id),
                competencies: unique(criterion?.competencies.map(\.competency) ?? item.competencies))
        case (.checklist, .rolePlay(let scenario)):
            return GuideStepInfo(step: step, item: item, title: title + " — " + ReportStrings(language)[.checklist],
                                 competencies: unique(scenario.checklist.map(\.competency)))
        case (.classification, .caseTask(let task)):
            guard let classification = task.classification else { break }
            return GuideStepInfo(step: step, item: item, title: title + " — " + classification.text.text(in: language),
                                 competencies: [classification.competency])
        case (.plan, .workingDay(let task)):
            return GuideStepInfo(step: step, item: item, title: title, competencies: unique(task.competencies.map(\.competency)))
        default:
            break
        }
        return GuideStepInfo(step: step, item: item, title: title, competencies: item.competencies)
    }

    /// A note keyed by something that is not a step of the guide: matched by its item id
    /// (the part before `/` or `#`), or to no competency at all.
    static func fallback(_ key: String, guide: InterviewGuide, language: ContentLanguage) -> GuideStepInfo {
        let itemID = String(key.prefix { $0 != "/" && $0 != "#" })
        let item = guide.item(itemID) ?? GuideItem(id: itemID, content: .question(InterviewQuestion(
            kind: .behavioural, text: LocalizedText(ru: key), checks: LocalizedText(ru: ""), competencies: [])))
        return GuideStepInfo(step: InterviewStep(item: itemID, kind: .rating(criterion: nil)), item: item,
                             title: item.title.text(in: language), competencies: item.competencies)
    }

    /// The rating criteria of an exercise item; none for questions and the working day.
    static func criteria(of item: GuideItem) -> [RatingCriterion] {
        switch item.content {
        case .rolePlay(let scenario): scenario.criteria
        case .caseTask(let task): task.criteria
        case .groupExercise(let exercise): exercise.criteria
        case .question, .workingDay: []
        }
    }
}
