import OtborCore
import OtborHTML

/// A working-day plan against the reference: each task in the candidate's order with what the
/// reference expects (keep or drop, realistic minutes) and what the plan does, marks for the
/// tasks that broke a rule, then the four rules with their shares and the resulting rating.
///
/// Hooks: `<table class="plan">` with one `<tr data-task="ID">` per task of the list (plan
/// order first, then tasks left out), `<table class="plan-rules">` with `<tr data-rule="…">`.
struct WorkingDayPlanTable: HTMLComponent {
    let task: WorkingDayTask
    let plan: WorkingDayPlan
    let title: String
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        let s = strings, n = strings.numbers, language = strings.language
        let score = WorkingDayScore(task: task, plan: plan)
        let outOfOrder = Set(score.priorities.tasks), misjudged = Set(score.dropping.tasks), unrealistic = Set(score.estimates.tasks)
        let byID = Dictionary(task.tasks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var planned: [String: (position: Int, entry: WorkingDayPlan.Entry)] = [:]
        var unknown: [String] = [], repeated: [String] = []
        for (index, entry) in plan.entries.enumerated() {
            if byID[entry.task] == nil { unknown.append(entry.task); continue }
            if planned[entry.task] != nil { repeated.append(entry.task); continue }
            planned[entry.task] = (index + 1, entry)
        }
        let order = plan.entries.compactMap { byID[$0.task] }
        var listed: Set<String> = []
        let rows = order.filter { listed.insert($0.id).inserted } + task.tasks.filter { !listed.contains($0.id) }

        w.element("h4", text: s[.workingDayPlan] + ": " + title)
        w.element("table", ["class": "plan"]) { w in
            w.headerRow([s[.planPosition], s[.task], s[.importance], s[.reference], s[.candidatePlan], s[.marks]], numeric: [0, 2])
            w.element("tbody") { w in
                for item in rows {
                    let entry = planned[item.id]
                    w.element("tr", ["data-task": item.id]) { w in
                        w.numberCell(entry.map { String($0.position) } ?? "—")
                        w.element("td") { w in
                            w.text(item.text.text(in: language))
                            if item.kind == .personal { w.element("em", text: " (" + s[.personalTask] + ")") }
                            if let fixed = item.fixedAt { w.text(" · " + s[.fixedAt] + " " + fixed.description) }
                        }
                        w.numberCell(String(repeating: "●", count: max(0, min(item.importance, 5))) + " " + String(item.importance))
                        let shouldKeep = item.importance >= task.rules.dropBelow
                        w.element("td", text: (shouldKeep ? s[.keep] : s[.drop]) + " · " + s.minutes(item.minutes))
                        w.element("td") { w in
                            if let entry = entry?.entry {
                                w.text(entry.kept ? s[.keep] + " · " + s.minutes(entry.minutes) : s[.drop])
                            } else {
                                w.element("em", text: s[.notInPlan])
                            }
                        }
                        w.element("td") { w in
                            var marks: [String] = []
                            if outOfOrder.contains(item.id) { marks.append(s[.markOutOfOrder]) }
                            if misjudged.contains(item.id) { marks.append(shouldKeep ? s[.markShouldKeep] : s[.markShouldDrop]) }
                            if unrealistic.contains(item.id) { marks.append(s[.markUnrealistic]) }
                            w.text(marks.isEmpty ? "✓" : "✗ " + marks.joined(separator: "; "))
                        }
                    }
                }
            }
        }
        writeRules(score, to: &w)
        w.element("p") { w in
            w.text(s[.plannedMinutes] + " " + n.whole(plan.plannedMinutes) + " / " + s.minutes(task.rules.maxDayMinutes)
                + " · " + s[.planQuality] + " " + n.fixed(score.quality, 2) + " → " + s[.rating] + " "
                + n.fixed(score.rating, 1))
        }
        if !unknown.isEmpty || !repeated.isEmpty {
            w.element("p", ["class": "warning"], text: (unknown.isEmpty ? "" : s[.unknownTasks] + ": " + unknown.joined(separator: ", ") + ". ")
                + (repeated.isEmpty ? "" : s[.repeatedTasks] + ": " + repeated.joined(separator: ", ") + "."))
        }
    }

    private func writeRules(_ score: WorkingDayScore, to w: inout HTMLWriter) {
        let s = strings, n = strings.numbers
        let rules: [(String, String, Double, WorkingDayScore.Rule)] = [
            ("priorities", s[.rulePriorities], task.rules.prioritiesWeight, score.priorities),
            ("dropping", s[.ruleDropping], task.rules.droppingWeight, score.dropping),
            ("estimates", s[.ruleEstimates], task.rules.estimatesWeight, score.estimates),
            ("own-time", s[.ruleOwnTime], task.rules.ownTimeWeight, score.ownTime),
        ]
        w.element("table", ["class": "plan-rules"]) { w in
            w.headerRow([s[.rule], s[.weightColumn], s[.share], s[.result]], numeric: [1, 2])
            w.element("tbody") { w in
                for (id, name, weight, rule) in rules {
                    w.element("tr", ["data-rule": id, "class": rule.passed ? nil : "rule-fail"]) { w in
                        w.element("td", text: name)
                        w.numberCell(n.fixed(weight, 1))
                        w.numberCell(n.fixed(rule.score, 2))
                        w.element("td", text: rule.passed ? "✓ " + s[.rulePassed] : "✗ " + s[.ruleFailed]
                            + " (" + s[.passMark] + " " + n.fixed(WorkingDayScore.passMark, 1) + ")")
                    }
                }
            }
        }
    }
}
