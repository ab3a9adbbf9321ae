import OtborCore
import OtborHTML

/// One submitted session: every step of the guide with the assessor's answer and note
/// (ratings, ticked behaviours, the chosen classification, the plan's rating), the red flags
/// recorded, and each working-day plan against the reference.
struct SessionDetailSection: HTMLComponent {
    let context: CandidateContext
    let session: ReportSession

    func write(to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        let steps = session.guide.steps
        let infos = GuideStepInfo.map(session.guide, language: context.language)
        w.element("div", ["class": "session", "data-assessor": session.assessor, "data-session": session.id]) { w in
            w.element("h3") { w in
                w.text(s[.assessor] + ": ")
                w.person(session.assessor)
            }
            w.element("p", ["class": "muted"]) { w in
                w.isolated(s.dates.dayAndTime(session.startedAt))
                if let submitted = session.submittedAt {
                    w.text(" — ")
                    w.isolated(s.dates.day(submitted) == s.dates.day(session.startedAt)
                        ? s.dates.time(submitted) : s.dates.dayAndTime(submitted))
                }
                w.text(" · " + s[.activeTime] + " " + n.fixed(session.activeMinutes, 0) + " " + s[.minutesShort])
            }
            w.element("table", ["class": "answers"]) { w in
                w.headerRow([s[.step], s[.answer], s[.note]])
                w.element("tbody") { w in
                    var known: Set<String> = []
                    for step in steps {
                        known.insert(step.key)
                        guard let info = infos[step.key] else { continue }
                        w.element("tr", ["data-step": step.key]) { w in
                            w.element("td", text: info.title)
                            w.element("td") { w in writeAnswer(step, item: info.item, to: &w) }
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
            if !session.redFlags.isEmpty {
                w.element("h4", text: s[.redFlags])
                w.element("ul", ["class": "red-flags"]) { w in
                    for flag in session.redFlags {
                        let text = session.guide.redFlags.first { $0.id == flag }?.text.text(in: context.language)
                        w.element("li", ["class": "flag", "data-flag": flag], text: "⚑ " + (text ?? flag))
                    }
                }
            }
            for item in session.guide.items {
                guard case .workingDay(let task) = item.content, let plan = session.answers.plans[item.id] else { continue }
                WorkingDayPlanTable(task: task, plan: plan, title: item.title.text(in: context.language), strings: s).write(to: &w)
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
