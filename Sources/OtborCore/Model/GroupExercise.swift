/// An exercise several candidates do together; each is rated on the criteria.
public struct GroupExercise: Sendable, Hashable, Codable {
    public var title: LocalizedText
    public var statement: LocalizedText
    public var duration: Int?
    public var minParticipants: Int?
    public var maxParticipants: Int?
    public var roles: [LocalizedText]
    public var expected: [LocalizedText]
    public var successCriteria: [LocalizedText]
    /// Rated for each candidate.
    public var criteria: [RatingCriterion]

    public init(
        title: LocalizedText, statement: LocalizedText, duration: Int? = nil, minParticipants: Int? = nil,
        maxParticipants: Int? = nil, roles: [LocalizedText] = [], expected: [LocalizedText] = [],
        successCriteria: [LocalizedText] = [], criteria: [RatingCriterion]
    ) {
        self.title = title
        self.statement = statement
        self.duration = duration
        self.minParticipants = minParticipants
        self.maxParticipants = maxParticipants
        self.roles = roles
        self.expected = expected
        self.successCriteria = successCriteria
        self.criteria = criteria
    }
}
