import OtborCore

/// A step of a guide as the report names it, with the competencies its answer rates.
struct GuideStepInfo: Sendable {
    var step: InterviewStep
    var item: GuideItem
    /// The title of the item alone.
    var itemTitle: String
    /// What the step rates within the item (the criterion, the checklist, the classification);
    /// `nil` when the step is the item itself.
    var detail: String?
    var competencies: [String]

    /// The item title, with the criterion or classification after a dash.
    var title: String { detail.map { itemTitle + " — " + $0 } ?? itemTitle }

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

    init(step: InterviewStep, item: GuideItem, competencies: [String], detail: String? = nil, language: ContentLanguage) {
        self.step = step
        self.item = item
        itemTitle = item.title.text(in: language)
        self.detail = detail
        self.competencies = competencies
    }

    /// The info of one step of `item`.
    static func info(_ step: InterviewStep, item: GuideItem, language: ContentLanguage) -> GuideStepInfo {
        func unique(_ ids: [String]) -> [String] {
            var seen: Set<String> = []
            return ids.filter { seen.insert($0).inserted }
        }
        switch (step.kind, item.content) {
        case (.rating(nil), .question(let question)):
            return GuideStepInfo(step: step, item: item, competencies: unique(question.competencies.map(\.competency)), language: language)
        case (.rating(let id?), _):
            let criterion = item.criteria.first { $0.id == id }
            return GuideStepInfo(step: step, item: item, competencies: unique(criterion?.competencies.map(\.competency) ?? item.competencies),
                                 detail: criterion?.text.text(in: language) ?? id, language: language)
        case (.checklist, .rolePlay(let scenario)):
            return GuideStepInfo(step: step, item: item, competencies: unique(scenario.checklist.map(\.competency)),
                                 detail: ReportStrings(language)[.checklist], language: language)
        case (.classification, .caseTask(let task)):
            guard let classification = task.classification else { break }
            return GuideStepInfo(step: step, item: item, competencies: [classification.competency],
                                 detail: classification.text.text(in: language), language: language)
        case (.plan, .workingDay(let task)):
            return GuideStepInfo(step: step, item: item, competencies: unique(task.competencies.map(\.competency)), language: language)
        default:
            break
        }
        return GuideStepInfo(step: step, item: item, competencies: item.competencies, language: language)
    }

    /// A note keyed by something that is not a step of the guide: matched by its item id
    /// (the part before `/` or `#`), or to no competency at all.
    static func fallback(_ key: String, guide: InterviewGuide, language: ContentLanguage) -> GuideStepInfo {
        let itemID = String(key.prefix { $0 != "/" && $0 != "#" })
        let item = guide.item(itemID) ?? GuideItem(id: itemID, content: .question(InterviewQuestion(
            kind: .behavioural, text: LocalizedText(ru: key), checks: LocalizedText(ru: ""), competencies: [])))
        return GuideStepInfo(step: InterviewStep(item: itemID, kind: .rating(criterion: nil)), item: item,
                             competencies: item.competencies, language: language)
    }
}
