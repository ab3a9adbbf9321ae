/// A 90-day individual development plan (ИПР, seed 000) for a scored candidate, from their gaps
/// against the profile: each competency below its required level — context requirements
/// included, since the panel observed them — largest weighted gap w·(r − x) first, at most
/// ``maximumItems``, with the evidence (the stages' scores), the action (the library's authored
/// `development` text), the target (the required level's anchor) and a check date.
///
/// Check dates count from `start` (the hiring decision's day, passed in: Core has no clock): the
/// two largest gaps are checked on day 30, the next two on day 60, the rest on day 90.
public struct DevelopmentPlan: Sendable, Hashable, Codable {
    /// Where a gap was observed: a stage and its score of the competency.
    public struct Observation: Sendable, Hashable, Codable {
        public var stage: String
        public var score: Double

        public init(stage: String, score: Double) {
            self.stage = stage
            self.score = score
        }
    }

    /// One competency to develop.
    public struct Item: Sendable, Hashable, Codable {
        public var competency: String
        /// Scored or context: a context requirement is developed as well, it is only not in S.
        public var use: CompetencyRequirement.Use
        public var required: Int
        public var weight: Double
        /// The integrated score x.
        public var score: Double
        /// r − x.
        public var gap: Double
        public var evidence: [Observation]
        /// What to do: the library's `development` text; `nil` when the competency has none.
        public var action: LocalizedText?
        /// The behaviour of the required level (the competency's anchor), which the check looks for.
        public var target: LocalizedText?
        /// 30, 60 or 90.
        public var checkDay: Int
        public var checkDate: CalendarDate
        /// The assessors' evidence notes on steps that rate the competency (``attach(_:guides:)``).
        public var notes: [AssessorNote] = []
    }

    /// The most competencies a plan holds: a newcomer works on a few things at a time.
    public static let maximumItems = 6
    /// The check days, each for two items in order.
    public static let checkDays = [30, 60, 90]

    public var profile: String
    /// Day 0: the decision's day.
    public var start: CalendarDate
    public var items: [Item]
    /// Gaps beyond ``maximumItems``, by competency id in the same order: for the next plan.
    public var deferred: [String]

    public init(scorecard: Scorecard, competencies: [Competency], start: CalendarDate) {
        profile = scorecard.profile
        self.start = start
        let gaps = scorecard.gaps
        items = gaps.prefix(Self.maximumItems).enumerated().map { index, score in
            let competency = competencies.first { $0.id == score.competency }
            let day = Self.checkDays[min(index / 2, Self.checkDays.count - 1)]
            return Item(competency: score.competency, use: score.requirement.use, required: score.requirement.level,
                        weight: score.requirement.weight, score: score.value!, gap: score.gap!,
                        evidence: score.stages.map { Observation(stage: $0.stage, score: $0.value) },
                        action: competency?.development, target: competency?.anchor(score.requirement.level),
                        checkDay: day, checkDate: start.adding(days: day))
        }
        deferred = gaps.dropFirst(Self.maximumItems).map(\.competency)
    }
}
