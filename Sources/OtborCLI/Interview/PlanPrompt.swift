import Foundation
import OtborCore

/// Takes down the candidate's plan for the working-day task, one line per task in the
/// candidate's order: `N MINUTES` keeps task N for that long, `N -` drops it, `.` ends the plan.
/// Tasks not listed count as dropped. `u` takes back the last line.
struct PlanPrompt {
    var task: WorkingDayTask
    var language: ContentLanguage
    /// The plan recorded before, if any.
    var current: WorkingDayPlan?

    /// What `?` shows.
    static let help = """
        Type the candidate's plan in the candidate's order, one task a line: N MINUTES keeps task N \
        with the minutes the candidate planned (such as 3 45), N - marks task N dropped or deferred, \
        u takes back the last line, and a single . ends the plan. Tasks you do not list count as \
        dropped. s skips the task, b goes back, q pauses: a plan not ended with . is not saved.
        """

    /// Shows the task list and reads plan lines until `.` or a way to move on.
    func ask(_ console: Console) -> PromptOutcome<WorkingDayPlan> {
        let style = console.style
        console.writeLine(style.bold("Tasks") + style.dim(" (realistic minutes · importance 1–3):"))
        for (index, item) in task.tasks.enumerated() {
            var details = "\(item.minutes) min · importance \(item.importance)"
            if let fixed = item.fixedAt { details += " · fixed at \(fixed)" }
            if item.kind == .personal { details += " · personal" }
            console.writeLine(String(format: "%3d  ", index + 1) + item.text.text(in: language) + style.dim("  (\(details))"))
        }
        console.writeLine(style.dim("Day \(task.dayStart)–\(task.dayEnd). Plan lines: N MINUTES keeps task N, N - drops it, u undoes, . ends."))
        if let current, !current.entries.isEmpty {
            console.writeLine(style.yellow("Plan recorded so far: ") + Self.summary(current, task: task))
        }
        var entries: [WorkingDayPlan.Entry] = []
        while true {
            guard let line = console.readLine(prompt: "plan \(entries.count + 1)> ") else { return .endOfInput }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text == "." { return .answer(WorkingDayPlan(entries: entries)) }
            if text.lowercased() == "u" {
                if entries.popLast() == nil { console.writeLine(style.red("The plan is empty: nothing to take back.")) }
                continue
            }
            if let navigation = NavigationKey(text) {
                if navigation == .help {
                    console.writeLine(style.dim(Self.help))
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
        let accepted = "type N MINUTES (such as 3 45), N - to drop task N, u to undo, . to end, or s, b, ?, q"
        let parts = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !parts.isEmpty else { return .failure(Problem(message: "Nothing was typed: \(accepted).")) }
        guard parts.count == 2 else { return .failure(Problem(message: "'\(PromptKey.quoted(line))' is not a plan line: \(accepted).")) }
        guard let number = Int(parts[0]), task.tasks.indices.contains(number - 1) else {
            return .failure(Problem(message: "'\(PromptKey.quoted(parts[0]))' is not a task number: tasks are 1–\(task.tasks.count); \(accepted)."))
        }
        let id = task.tasks[number - 1].id
        let minutes = parts[1] == "-" ? 0 : Int(parts[1])
        let entry = WorkingDayPlan.Entry(task: id, kept: parts[1] != "-", minutes: minutes ?? 0)
        // Whether the line fits the plan so far is Core's rule; the prompt says where and how to fix it.
        let problems = WorkingDayPlan(entries: entries + [entry]).problems(for: task)
        if problems.contains(.repeatedTask(id)), let line = entries.firstIndex(where: { $0.task == id }) {
            return .failure(Problem(message: "Task \(number) is already on plan line \(line + 1); type u to take lines back."))
        }
        if minutes == nil || problems.contains(.minutesOffRange(task: id, minutes: entry.minutes)) {
            let range = WorkingDayPlan.Entry.minuteRange
            return .failure(Problem(message: "'\(PromptKey.quoted(parts[1]))' is not a number of minutes: "
                + "give \(range.lowerBound)–\(range.upperBound), or - to drop the task."))
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
    static func report(_ plan: WorkingDayPlan, task: WorkingDayTask, style: ConsoleStyle) -> [String] {
        let score = WorkingDayScore(task: task, plan: plan)
        let kept = plan.entries.filter(\.kept)
        var lines = ["Plan saved: \(kept.count) task(s) kept, \(plan.plannedMinutes) min planned; "
            + "\(task.tasks.count - kept.count) dropped."]
        let rules: [(String, WorkingDayScore.Rule, String)] = [
            ("priorities", score.priorities, "out of order"),
            ("dropping", score.dropping, "misjudged"),
            ("estimates", score.estimates, "unrealistic"),
            ("own time", score.ownTime, "day longer than \(task.rules.maxDayMinutes) min"),
        ]
        for (name, rule, missed) in rules {
            let verdict = rule.passed ? style.green("pass") : style.red("miss")
            var line = "  " + name.padding(toLength: 11, withPad: " ", startingAt: 0)
                + String(format: "%.2f  ", rule.score) + verdict
            if !rule.tasks.isEmpty { line += "  (\(missed): \(rule.tasks.joined(separator: ", ")))" }
            lines.append(line)
        }
        lines.append(String(format: "  quality %.2f → rating %.1f", score.quality, score.rating))
        lines += score.problems.map { "  note: " + $0 }
        return lines
    }
}
