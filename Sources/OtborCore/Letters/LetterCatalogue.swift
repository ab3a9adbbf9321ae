/// `Letters/letters.yaml`: the letter templates and the plain words they are filled with — the
/// names of the visits, what to bring to a kind of stage, and how to name a screening condition
/// to the candidate.
public struct LetterCatalogue: Sendable, Hashable, Codable {
    /// How a screening topic is named in a letter.
    public struct Condition: Sendable, Hashable, Codable {
        public var topic: ScreeningTopic
        /// The condition in plain words, such as "график работы".
        public var name: LocalizedText
        /// Whether the letter quotes the profile's requirement after the name (`false` where it
        /// would read as internal, such as the salary band).
        public var quotesRequirement: Bool

        public init(topic: ScreeningTopic, name: LocalizedText, quotesRequirement: Bool = true) {
            self.topic = topic
            self.name = name
            self.quotesRequirement = quotesRequirement
        }
    }

    public var letters: [LetterTemplate]
    /// The name of each visit label the processes use (`visit:` in a profile's process).
    public var visits: [String: LocalizedText]
    /// What to bring or prepare for a stage of each kind.
    public var bring: [StageKind: LocalizedText]
    public var conditions: [Condition]
    /// What `{when}` says when the sender gives no date and time.
    public var unscheduled: LocalizedText

    public init(letters: [LetterTemplate], visits: [String: LocalizedText] = [:], bring: [StageKind: LocalizedText] = [:],
                conditions: [Condition] = [], unscheduled: LocalizedText) {
        self.letters = letters
        self.visits = visits
        self.bring = bring
        self.conditions = conditions
        self.unscheduled = unscheduled
    }

    /// The template of `kind`, if the file has one.
    public func template(_ kind: LetterKind) -> LetterTemplate? { letters.first { $0.kind == kind } }

    /// How `topic` is named, if the file names it.
    public func condition(_ topic: ScreeningTopic) -> Condition? { conditions.first { $0.topic == topic } }
}
