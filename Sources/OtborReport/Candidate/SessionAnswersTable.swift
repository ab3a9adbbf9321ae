import OtborCore
import OtborHTML

/// The answers of one session, `<table class="answers">`: every step the session ran (alternates
/// not chosen left out) with the
/// assessor's answer and note, one `<tr data-step="KEY">` each, then notes on keys the guide
/// does not have. An item rated in several steps (the criteria of a role-play) gets a row of its
/// own, `<tr class="item">`, and its steps name only their criterion; a checklist's ticks span
/// the step and answer columns.
struct SessionAnswersTable: HTMLComponent {
    let context: CandidateContext
    let session: ReportSession

    func write(to w: inout HTMLWriter) {
        let s = context.strings
        // Alternates the session did not run are not gaps: only the steps it had to answer are listed.
        let steps = session.guide.requiredSteps(session.answers)
        let infos = GuideStepInfo.map(session.guide, language: context.language)
        var stepsPerItem: [String: Int] = [:]
        for step in steps { stepsPerItem[step.item, default: 0] += 1 }
        w.element("table", ["class": "answers"]) { w in
            w.element("colgroup") { w in
                w.empty("col", ["class": "step"])
                w.empty("col", ["class": "answer"])
                w.empty("col", ["class": "note"])
            }
            w.headerRow([s[.step], s[.answer], s[.note]])
            w.element("tbody") { w in
                var known: Set<String> = []
                var headedItem: String?
                for step in steps {
                    known.insert(step.key)
                    guard let info = infos[step.key] else { continue }
                    let grouped = info.detail != nil && stepsPerItem[step.item, default: 0] > 1
                    if grouped, headedItem != step.item {
                        w.element("tr", ["class": "item"]) { w in
                            w.element("th", ["colspan": "3", "scope": "colgroup"], text: info.itemTitle)
                        }
                    }
                    headedItem = grouped ? step.item : nil
                    let title = grouped ? info.detail ?? info.title : info.title
                    w.element("tr", ["data-step": step.key]) { w in
                        if case .checklist = step.kind {
                            w.element("td", ["colspan": "2", "class": "ticks"]) { w in
                                w.element("p", ["class": "step-title"], text: title)
                                writeAnswer(step, item: info.item, to: &w)
                            }
                        } else {
                            w.element("td", text: title)
                            w.element("td") { w in writeAnswer(step, item: info.item, to: &w) }
                        }
                        w.element("td") { w in
                            if let note = session.notes[step.key] { w.person(note) }
                        }
                    }
                }
                for (key, note) in session.notes.sorted(by: { $0.key < $1.key }) where !known.contains(key) {
                    w.element("tr", ["data-step": key]) { w in
                        w.element("td", text: GuideStepInfo.fallback(key, guide: session.guide, language: context.language).title)
                        w.element("td", text: "—")
                        w.element("td") { w in w.person(note) }
                    }
                }
            }
        }
    }

    private func writeAnswer(_ step: InterviewStep, item: GuideItem, to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers, answers = session.answers
        switch (step.kind, item.content) {
        case (.rating, _):
            guard let entry = answers.ratings[step.key] else { return w.element("span", ["class": "muted"], text: "—") }
            if let value = entry {
                w.element("strong", ["class": "rating", "data-value": String(value)], text: String(value))
            } else {
                w.element("span", ["class": "unassessed"], text: s[.notAssessed])
            }
        case (.checklist, .rolePlay(let scenario)):
            guard let ticked = answers.checklists[item.id] else { return w.element("span", ["class": "muted"], text: "—") }
            // Only what was seen is listed; the behaviours not seen are counted, to keep the page short.
            let positives = scenario.checklist.filter(\.positive)
            w.element("p", ["class": "muted"],
                      text: "☑ " + String(positives.filter { ticked.contains($0.id) }.count) + " / " + String(positives.count))
            w.element("ul", ["class": "checklist"]) { w in
                for behaviour in scenario.checklist where ticked.contains(behaviour.id) {
                    w.element("li", ["class": "tick-yes", "data-behaviour": behaviour.id]) { w in
                        w.text("☑ " + behaviour.text.text(in: context.language))
                        if !behaviour.positive { w.element("em", text: " (" + s[.mistake] + ")") }
                    }
                }
            }
            let converted = ChecklistConversion.ratings(scenario: scenario, item: item.id, ticked: ticked)
            if !converted.isEmpty {
                w.element("p", ["class": "converted"], text: "→ " + converted.map { rating in
                    context.competencyName(rating.weights.first?.competency ?? "") + " " + n.fixed(rating.value ?? 0, 1)
                }.joined(separator: "; "))
            }
        case (.classification, .caseTask(let task)):
            guard let classification = task.classification, let entry = answers.classifications[step.key] else {
                return w.element("span", ["class": "muted"], text: "—")
            }
            guard let chosen = entry else { return w.element("span", ["class": "unassessed"], text: s[.notAssessed]) }
            let option = classification.options.first { $0.id == chosen }
            w.element("strong", ["class": "classification", "data-option": chosen],
                      text: option?.text.text(in: context.language) ?? chosen)
            if let option {
                w.text(" → " + context.competencyName(classification.competency) + " " + String(option.rating))
            }
        case (.plan, .workingDay(let task)):
            guard let plan = answers.plans[item.id] else { return w.element("span", ["class": "muted"], text: "—") }
            let score = WorkingDayScore(task: task, plan: plan)
            w.text(s[.planQuality] + " " + n.fixed(score.quality, 2) + " → " + s[.rating] + " " + n.fixed(score.rating, 1))
        default:
            w.element("span", ["class": "muted"], text: "—")
        }
    }
}
