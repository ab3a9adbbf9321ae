/// A candidate's plan for the working-day task: the tasks in the order they would do them, and
/// for each whether it is kept today and how many minutes it is planned for.
public struct WorkingDayPlan: Sendable, Hashable, Codable {
    /// One line of the plan.
    public struct Entry: Sendable, Hashable, Codable {
        public var task: String
        /// `false` when the candidate drops or defers the task.
        public var kept: Bool
        /// Planned minutes; ignored for dropped tasks.
        public var minutes: Int

        public init(task: String, kept: Bool, minutes: Int) {
            self.task = task
            self.kept = kept
            self.minutes = minutes
        }
    }

    /// In the order the candidate would do the kept tasks.
    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Total planned minutes of the kept tasks.
    public var plannedMinutes: Int { entries.filter(\.kept).reduce(0) { $0 + $1.minutes } }
}
