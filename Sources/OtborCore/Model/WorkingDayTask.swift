/// The "working day" prioritisation task of seed 004: plan a day from a list of about twenty tasks.
public struct WorkingDayTask: Sendable, Hashable, Codable {
    /// One task on the list handed to the candidate.
    public struct Task: Sendable, Hashable, Codable, Identifiable {
        /// Whether the task is work or personal.
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
            case work, personal
        }

        public var id: String
        public var text: LocalizedText
        public var kind: Kind
        /// 1 low … 3 high.
        public var importance: Int
        /// Realistic duration in minutes.
        public var minutes: Int
        /// A fixed appointment time, if the task has one.
        public var fixedAt: ClockTime?
        /// `true` for tasks written for Otbor rather than taken from the seed.
        public var authored: Bool

        public init(
            id: String, text: LocalizedText, kind: Kind, importance: Int, minutes: Int,
            fixedAt: ClockTime? = nil, authored: Bool = false
        ) {
            self.id = id
            self.text = text
            self.kind = kind
            self.importance = importance
            self.minutes = minutes
            self.fixedAt = fixedAt
            self.authored = authored
        }
    }

    /// The four rules of seed 004 that judge a plan, as parameters.
    public struct Rules: Sendable, Hashable, Codable {
        /// Important tasks first.
        public var prioritiesWeight: Double
        /// Unimportant tasks dropped in favour of important ones.
        public var droppingWeight: Double
        /// Tasks with importance below this may be dropped or deferred.
        public var dropBelow: Int
        /// Realistic time estimates.
        public var estimatesWeight: Double
        /// An estimate is realistic within ± this share of the task's duration.
        public var estimateTolerance: Double
        /// Valuing one's own time: no overlong day.
        public var ownTimeWeight: Double
        /// A plan longer than this many minutes is an overlong day.
        public var maxDayMinutes: Int

        public init(
            prioritiesWeight: Double = 1, droppingWeight: Double = 1, dropBelow: Int = 2,
            estimatesWeight: Double = 1, estimateTolerance: Double = 0.5, ownTimeWeight: Double = 1,
            maxDayMinutes: Int = 540
        ) {
            self.prioritiesWeight = prioritiesWeight
            self.droppingWeight = droppingWeight
            self.dropBelow = dropBelow
            self.estimatesWeight = estimatesWeight
            self.estimateTolerance = estimateTolerance
            self.ownTimeWeight = ownTimeWeight
            self.maxDayMinutes = maxDayMinutes
        }
    }

    public var title: LocalizedText
    public var statement: LocalizedText
    public var duration: Int?
    public var dayStart: ClockTime
    public var dayEnd: ClockTime
    public var tasks: [Task]
    public var rules: Rules
    /// How the plan's rating is spread over competencies.
    public var competencies: [CompetencyWeight]

    public init(
        title: LocalizedText, statement: LocalizedText, duration: Int? = nil, dayStart: ClockTime,
        dayEnd: ClockTime, tasks: [Task], rules: Rules, competencies: [CompetencyWeight]
    ) {
        self.title = title
        self.statement = statement
        self.duration = duration
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        self.tasks = tasks
        self.rules = rules
        self.competencies = competencies
    }
}
