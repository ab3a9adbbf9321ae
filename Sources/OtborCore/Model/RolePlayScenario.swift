/// A role-play: the candidate handles a situation played by an actor while assessors observe.
public struct RolePlayScenario: Sendable, Hashable, Codable {
    /// An observable behaviour the assessor ticks when it happens.
    public struct Behaviour: Sendable, Hashable, Codable, Identifiable {
        public var id: String
        public var text: LocalizedText
        public var competency: String
        /// `false` marks a mistake (interrupting, jargon …).
        public var positive: Bool

        public init(id: String, text: LocalizedText, competency: String, positive: Bool = true) {
            self.id = id
            self.text = text
            self.competency = competency
            self.positive = positive
        }
    }

    public var title: LocalizedText
    public var candidateBrief: LocalizedText
    public var actorBrief: LocalizedText
    public var duration: Int?
    public var criteria: [RatingCriterion]
    public var checklist: [Behaviour]
    public var successCriteria: [LocalizedText]

    public init(
        title: LocalizedText, candidateBrief: LocalizedText, actorBrief: LocalizedText, duration: Int? = nil,
        criteria: [RatingCriterion], checklist: [Behaviour] = [], successCriteria: [LocalizedText] = []
    ) {
        self.title = title
        self.candidateBrief = candidateBrief
        self.actorBrief = actorBrief
        self.duration = duration
        self.criteria = criteria
        self.checklist = checklist
        self.successCriteria = successCriteria
    }
}
