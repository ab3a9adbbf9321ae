import OtborCore
import OtborHTML

/// The controls of a checklist, a classification and a working-day plan.
extension InterviewStepSection {
    /// The behaviours as checkboxes (`tick`), each marked + or − and numbered for the keys.
    func checklist(_ w: inout HTMLWriter, _ behaviours: [RolePlayScenario.Behaviour]) {
        var ticked: Set<String> = []
        if case .checklist(let value)? = answer { ticked = value }
        w.element("fieldset", ["class": "choices checklist"]) { w in
            w.element("legend", text: strings[.checklistLegend])
            for (offset, behaviour) in behaviours.enumerated() {
                choice(&w, type: "checkbox", name: "tick", value: behaviour.id, key: String(offset + 1), checked: ticked.contains(behaviour.id)) { w in
                    w.element("span", ["class": behaviour.positive ? "sign positive" : "sign negative"], text: behaviour.positive ? "+" : "−")
                    w.element("span", ["class": "anchor"], text: behaviour.text.text(in: language))
                }
            }
        }
    }

    /// The options as radios (`option`), then "not assessed".
    func classification(_ w: inout HTMLWriter, _ classification: CaseTask.Classification) {
        var chosen: String?? = nil
        if case .classification(let value)? = answer { chosen = .some(value) }
        w.element("fieldset", ["class": "choices classification"]) { w in
            w.element("legend", text: classification.text.text(in: language))
            for (offset, option) in classification.options.enumerated() {
                choice(&w, name: "option", value: option.id, key: String(offset + 1), checked: chosen == .some(option.id)) { w in
                    w.element("span", ["class": "anchor"], text: option.text.text(in: language))
                }
            }
            choice(&w, name: "option", value: "n", key: "n", checked: chosen == .some(nil)) { w in
                w.element("span", ["class": "anchor"], text: strings[.notAssessed])
            }
        }
    }

    /// The tasks as a table: the order the candidate put each in and its minutes.
    func plan(_ w: inout HTMLWriter, _ task: WorkingDayTask) {
        var entries: [WorkingDayPlan.Entry] = []
        if case .plan(let value)? = answer { entries = value.entries }
        w.element("fieldset", ["class": "plan"]) { w in
            w.element("legend", text: strings[.planLegend])
            w.element("p", ["class": "note"], text: strings(.daySpan, ["start": task.dayStart.description, "end": task.dayEnd.description]))
            w.element("table", ["class": "plan-table"]) { w in
                w.element("thead") { w in
                    w.element("tr") { w in
                        w.element("th", ["scope": "col"], text: strings[.planTask])
                        w.element("th", ["scope": "col"], text: strings[.planOrder])
                        w.element("th", ["scope": "col"], text: strings[.planMinutes])
                    }
                }
                w.element("tbody") { w in
                    for (offset, item) in task.tasks.enumerated() {
                        let position = entries.firstIndex { $0.task == item.id }
                        let entry = position.map { entries[$0] }
                        planRow(&w, item, id: "\(number)-\(offset + 1)", order: position.map { String($0 + 1) } ?? "",
                                minutes: entry.map { $0.kept ? String($0.minutes) : "" } ?? "")
                    }
                }
            }
        }
    }

    private func planRow(_ w: inout HTMLWriter, _ item: WorkingDayTask.Task, id: String, order: String, minutes: String) {
        var details = strings(.taskDetails, ["minutes": String(item.minutes), "importance": String(item.importance)])
        if let fixed = item.fixedAt { details += strings(.taskFixedAt, ["time": fixed.description]) }
        if item.kind == .personal { details += strings[.taskPersonal] }
        let range = WorkingDayPlan.Entry.minuteRange
        w.element("tr") { w in
            w.element("th", ["scope": "row"]) { w in
                w.element("span", ["id": "task-\(id)"], text: item.text.text(in: language))
                w.element("span", ["class": "note"], text: " (" + details + ")")
            }
            w.element("td") { w in
                w.empty("input", ["type": "number", "inputmode": "numeric", "name": "order-\(item.id)", "value": order, "min": "1",
                                  "aria-label": strings[.planOrder], "aria-describedby": "task-\(id)"])
            }
            w.element("td") { w in
                w.empty("input", ["type": "number", "inputmode": "numeric", "name": "minutes-\(item.id)", "value": minutes,
                                  "min": String(range.lowerBound), "max": String(range.upperBound),
                                  "aria-label": strings[.planMinutes], "aria-describedby": "task-\(id)"])
            }
        }
    }
}

extension InterviewStepSection {
    /// A screening fact: its options as radios (`option`), each with its verdict, then "not asked";
    /// or, for salary, one field for the amount (`value`).
    func fact(_ w: inout HTMLWriter, _ fact: ScreeningFact) {
        var chosen: FactAnswer?? = nil
        if case .fact(let value)? = answer { chosen = .some(value) }
        w.element("fieldset", ["class": "choices fact"]) { w in
            w.element("legend", text: fact.text.text(in: language))
            if let checks = fact.checks {
                w.element("p", ["class": "checks"]) { w in
                    w.element("strong", text: strings[.whatItChecks])
                    w.text(" " + checks.text(in: language))
                }
            }
            guard !fact.topic.isAmount else {
                var shown = ""
                if case .some(.some(.amount(let amount))) = chosen { shown = String(amount) } else if case .some(nil) = chosen { shown = "n" }
                let id = "value-\(number)"
                w.element("label", ["for": id], text: strings[.factAmount])
                w.empty("input", ["id": id, "name": "value", "type": "text", "inputmode": "numeric", "value": shown, "autocomplete": "off"])
                return
            }
            for (offset, option) in fact.options.enumerated() {
                choice(&w, name: "option", value: option.id, key: String(offset + 1), checked: chosen == .some(.option(option.id))) { w in
                    w.element("span", ["class": "anchor"], text: option.text.text(in: language))
                    w.element("span", ["class": "verdict \(option.verdict.rawValue)"], text: " · " + verdict(option.verdict))
                }
            }
            choice(&w, name: "option", value: "n", key: "n", checked: chosen == .some(nil)) { w in
                w.element("span", ["class": "anchor"], text: strings[.factNotAsked])
            }
        }
    }

    private func verdict(_ verdict: FactVerdict) -> String {
        switch verdict {
        case .pass: strings[.verdictPass]
        case .fail: strings[.verdictFail]
        case .discuss: strings[.verdictDiscuss]
        }
    }
}
