import Foundation
import OtborCore

/// Takes down the candidate's plan for the working-day task, one line per task in the
/// candidate's order: `N MINUTES` keeps task N for that long, `N -` drops it, `.` ends the plan.
/// Tasks not listed count as dropped. `u` takes back the last line.
struct PlanPrompt {
    var task: WorkingDayTask
    var words: ConsoleWording
    /// The plan recorded before, if any.
    var current: WorkingDayPlan?

    /// Shows the task list and reads plan lines until `.` or a way to move on.
    func ask(_ console: Console) -> PromptOutcome<WorkingDayPlan> {
        let style = console.style
        console.writeLine(style.bold(words(.tasksTitle)) + style.dim(words(.tasksLegend)))
        for (index, item) in task.tasks.enumerated() {
            var details = words(.taskDetails, ["minutes": String(item.minutes), "importance": String(item.importance)])
            if let fixed = item.fixedAt { details += words(.taskFixedAt, ["time": fixed.description]) }
            if item.kind == .personal { details += words(.taskPersonal) }
            console.writeLine(String(format: "%3d  ", index + 1) + words.content(item.text) + style.dim("  (\(details))"))
        }
        console.writeLine(style.dim(words(.planLegend, ["start": task.dayStart.description, "end": task.dayEnd.description])))
        if let current, !current.entries.isEmpty {
            console.writeLine(style.yellow(words(.planSoFar)) + Self.summary(current, task: task))
        }
        var entries: [WorkingDayPlan.Entry] = []
        while true {
            guard let line = console.readLine(prompt: words(.planPrompt, ["line": String(entries.count + 1)])) else { return .endOfInput }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text == "." { return .answer(WorkingDayPlan(entries: entries)) }
            if text.lowercased() == "u" {
                if entries.popLast() == nil { console.writeLine(style.red(words(.planEmpty))) }
                continue
            }
            if let navigation = NavigationKey(text) {
                if navigation == .help {
                    console.writeLine(style.dim(words(.planHelp)))
                    continue
                }
                return .navigate(navigation)
            }
            switch parse(text, after: entries) {
            case .success(let entry): entries.append(entry)
            case .failure(let problem): console.writeLine(style.red(problem.message))
            }
        }
    }

    /// Why a plan line was refused.
    struct Problem: Error {
        var message: String
    }

    /// The entry of one plan line, or what is wrong with it given the lines before.
    func parse(_ line: String, after entries: [WorkingDayPlan.Entry]) -> Result<WorkingDayPlan.Entry, Problem> {
        let accepted = words(.planAccepted)
        func problem(_ phrase: InterviewPhrase, _ values: [String: String]) -> Result<WorkingDayPlan.Entry, Problem> {
            .failure(Problem(message: words(phrase, values.merging(["accepted": accepted]) { $1 })))
        }
        let parts = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !parts.isEmpty else { return problem(.nothingTypedHint, [:]) }
        guard parts.count == 2 else { return problem(.notPlanLine, ["typed": PromptKey.quoted(line)]) }
        guard let number = PromptKey.number(parts[0]), task.tasks.indices.contains(number - 1) else {
            return problem(.notTaskNumber, ["typed": PromptKey.quoted(parts[0]), "count": String(task.tasks.count)])
        }
        let id = task.tasks[number - 1].id
        let minutes = parts[1] == "-" ? 0 : Int(parts[1])
        let entry = WorkingDayPlan.Entry(task: id, kept: parts[1] != "-", minutes: minutes ?? 0)
        // Whether the line fits the plan so far is Core's rule; the prompt says where and how to fix it.
        let problems = WorkingDayPlan(entries: entries + [entry]).problems(for: task)
        if problems.contains(.repeatedTask(id)), let line = entries.firstIndex(where: { $0.task == id }) {
            return problem(.taskRepeated, ["number": String(number), "line": String(line + 1)])
        }
        if minutes == nil || problems.contains(.minutesOffRange(task: id, minutes: entry.minutes)) {
            let range = WorkingDayPlan.Entry.minuteRange
            return problem(.notMinutes, ["typed": PromptKey.quoted(parts[1]), "low": String(range.lowerBound),
                                         "high": String(range.upperBound)])
        }
        return .success(entry)
    }

    /// `3 45, 1 -, …` as typed.
    static func summary(_ plan: WorkingDayPlan, task: WorkingDayTask) -> String {
        plan.entries.map { entry in
            let number = (task.tasks.firstIndex { $0.id == entry.task } ?? -1) + 1
            return entry.kept ? "\(number) \(entry.minutes)" : "\(number) -"
        }.joined(separator: ", ")
    }

    /// The rule results of a saved plan, as the engine scores it.
    static func report(_ plan: WorkingDayPlan, task: WorkingDayTask, style: ConsoleStyle, words: ConsoleWording) -> [String] {
        let score = WorkingDayScore(task: task, plan: plan)
        let kept = plan.entries.filter(\.kept)
        var lines = [words(.planSaved, ["kept": words.count(kept.count, .task), "minutes": String(plan.plannedMinutes),
                                        "dropped": words.count(task.tasks.count - kept.count, .task)])]
        let rules: [(InterviewPhrase, WorkingDayScore.Rule, String)] = [
            (.rulePriorities, score.priorities, words(.missedOrder)),
            (.ruleDropping, score.dropping, words(.missedDropping)),
            (.ruleEstimates, score.estimates, words(.missedEstimates)),
            (.ruleOwnTime, score.ownTime, words(.missedOwnTime, ["minutes": String(task.rules.maxDayMinutes)])),
        ]
        let width = rules.map { words($0.0).count }.max()! + 2
        for (name, rule, missed) in rules {
            let verdict = rule.passed ? style.green(words(.rulePass)) : style.red(words(.ruleMiss))
            var line = "  " + words(name).padding(toLength: width, withPad: " ", startingAt: 0)
                + words.number(rule.score, 2) + "  " + verdict
            if !rule.tasks.isEmpty { line += "  (\(missed): \(rule.tasks.joined(separator: ", ")))" }
            lines.append(line)
        }
        lines.append("  " + words(.planQuality, ["quality": words.number(score.quality, 2), "rating": words.number(score.rating, 1)]))
        let listed = Set(plan.entries.map(\.task))
        let omitted = task.tasks.map(\.id).filter { !listed.contains($0) }
        if !omitted.isEmpty { lines.append("  " + words(.planNotListed, ["tasks": omitted.joined(separator: ", ")])) }
        return lines
    }
}
