/// Everything one assessor recorded in one session, keyed by step, and how it turns into ratings.
public struct SessionAnswers: Sendable, Hashable, Codable {
    /// A rating: 1…5, or `nil` for "not assessed".
    public var ratings: [String: Int?]
    /// Ticked behaviour ids per role-play item.
    public var checklists: [String: Set<String>]
    /// Chosen option per classification step key (`item#classification`); `nil` for not assessed.
    public var classifications: [String: String?]
    /// The working-day plan per item.
    public var plans: [String: WorkingDayPlan]
    /// The fact recorded per fact step key (`item#fact`); `nil` for not asked.
    public var facts: [String: FactAnswer?]

    public init(
        ratings: [String: Int?] = [:], checklists: [String: Set<String>] = [:],
        classifications: [String: String?] = [:], plans: [String: WorkingDayPlan] = [:],
        facts: [String: FactAnswer?] = [:]
    ) {
        self.ratings = ratings
        self.checklists = checklists
        self.classifications = classifications
        self.plans = plans
        self.facts = facts
    }

    /// Whether the step has an answer (a "not assessed" counts as an answer).
    public func isAnswered(_ step: InterviewStep) -> Bool {
        switch step.kind {
        case .rating: ratings.keys.contains(step.key)
        case .checklist: checklists.keys.contains(step.item)
        case .classification: classifications.keys.contains(step.key)
        case .plan: plans.keys.contains(step.item)
        case .fact: facts.keys.contains(step.key)
        }
    }

    /// The ratings the scoring engine uses: anchored ratings with their competency weights, and
    /// the converted checklist, classification and plan ratings (Docs/Scoring.md).
    public func itemRatings(guide: InterviewGuide) -> [ItemRating] {
        ItemRatingPlan(guide: guide).itemRatings(self)
    }
}
