extension WorkingDayPlan.Entry {
    /// The minutes a kept task may be planned for: at least one, at most a whole day.
    public static let minuteRange = 1...1440
}

extension WorkingDayPlan {
    /// What is wrong with the plan as a plan of `task`, line by line: tasks not on its list, tasks
    /// planned again, kept tasks with minutes outside ``Entry/minuteRange``; empty when it fits.
    public func problems(for task: WorkingDayTask) -> [AnswerProblem] {
        let known = Set(task.tasks.map(\.id))
        var seen: Set<String> = []
        var problems: [AnswerProblem] = []
        for entry in entries {
            if !known.contains(entry.task) {
                problems.append(.unknownTask(entry.task))
            } else if !seen.insert(entry.task).inserted {
                problems.append(.repeatedTask(entry.task))
            }
            if entry.kept, !Entry.minuteRange.contains(entry.minutes) {
                problems.append(.minutesOffRange(task: entry.task, minutes: entry.minutes))
            }
        }
        return problems
    }
}
