/// A case: a written or oral problem the candidate analyses and solves.
public struct CaseTask: Sendable, Hashable, Codable {
    /// The format of a case.
    public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
        case analysis, responsibility, documentation, management
    }

    /// A classification the assessor makes of the solution, such as responsibility under/adequate/over.
    public struct Classification: Sendable, Hashable, Codable, Identifiable {
        /// One class and the rating it converts to.
        public struct Option: Sendable, Hashable, Codable, Identifiable {
            public var id: String
            public var text: LocalizedText
            /// The 1…5 rating of the classified competency this option converts to.
            public var rating: Int

            public init(id: String, text: LocalizedText, rating: Int) {
                self.id = id
                self.text = text
                self.rating = rating
            }
        }

        public var id: String
        public var text: LocalizedText
        public var competency: String
        public var options: [Option]

        public init(id: String, text: LocalizedText, competency: String, options: [Option]) {
            self.id = id
            self.text = text
            self.competency = competency
            self.options = options
        }
    }

    public var title: LocalizedText
    public var statement: LocalizedText
    public var duration: Int?
    public var format: Format?
    public var criteria: [RatingCriterion]
    /// Elements of a good solution.
    public var expected: [LocalizedText]
    public var good: LocalizedText?
    public var poor: LocalizedText?
    public var classification: Classification?

    public init(
        title: LocalizedText, statement: LocalizedText, duration: Int? = nil, format: Format? = nil,
        criteria: [RatingCriterion], expected: [LocalizedText] = [], good: LocalizedText? = nil,
        poor: LocalizedText? = nil, classification: Classification? = nil
    ) {
        self.title = title
        self.statement = statement
        self.duration = duration
        self.format = format
        self.criteria = criteria
        self.expected = expected
        self.good = good
        self.poor = poor
        self.classification = classification
    }
}
