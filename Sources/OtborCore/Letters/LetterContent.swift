/// What goes into one letter to one candidate, decided from the scorecard and the profile: the
/// one home of the rule. Front ends fill the catalogue's template with ``values(in:catalogue:)``
/// and only lay the result out.
public struct LetterContent: Sendable, Hashable, Codable {
    /// A screening condition the candidate did not meet.
    public struct Condition: Sendable, Hashable, Codable {
        public var topic: ScreeningTopic
        /// The profile's requirement, when the catalogue quotes it for this topic.
        public var requirement: LocalizedText?
    }

    public var kind: LetterKind
    /// The candidate's name as recorded.
    public var candidate: String
    public var position: LocalizedText
    /// Invitations: the visit.
    public var visit: LetterVisit?
    /// Invitations: the date and time as the sender typed them.
    public var when: String?
    /// Rejections and offers: the strengths and areas.
    public var feedback: LetterFeedback?
    /// Screening rejections: the failed conditions, each once, in the order they were recorded.
    public var conditions: [Condition]

    public init(kind: LetterKind, candidate: String, position: LocalizedText, visit: LetterVisit? = nil, when: String? = nil,
                feedback: LetterFeedback? = nil, conditions: [Condition] = []) {
        self.kind = kind
        self.candidate = candidate
        self.position = position
        self.visit = visit
        self.when = when
        self.feedback = feedback
        self.conditions = conditions
    }

    /// The failed screening conditions of `screening` (its knock-outs), each topic once, with the
    /// profile's requirement where `catalogue` quotes it. The option's internal reason and the
    /// recorded answer are never shown.
    public static func conditions(_ screening: ScreeningResult, profile: JobProfile, catalogue: LetterCatalogue) -> [Condition] {
        var topics: [ScreeningTopic] = []
        for fact in screening.knockouts where !topics.contains(fact.topic) { topics.append(fact.topic) }
        return topics.map { topic in
            let quotes = catalogue.condition(topic)?.quotesRequirement ?? true
            return Condition(topic: topic, requirement: quotes ? profile.screening.first { $0.topic == topic }?.text : nil)
        }
    }

    /// The placeholders' values in `language`.
    public func values(in language: ContentLanguage, catalogue: LetterCatalogue) -> LetterValues {
        var values = LetterValues(texts: [.candidate: candidate, .position: position.text(in: language)])
        if let visit {
            values.texts[.visit] = visit.name(in: language, catalogue: catalogue)
            values.texts[.when] = when ?? catalogue.unscheduled.text(in: language)
            values.texts[.duration] = Self.duration(visit.minutes, in: language)
            values.lists[.stages] = visit.stages.map { $0.title.text(in: language) + " — " + Self.duration($0.minutes, in: language) }
            values.lists[.bring] = visit.bring(in: language, catalogue: catalogue)
        }
        if let feedback {
            values.lists[.strengths] = feedback.strengthLines(in: language)
            values.lists[.development] = feedback.areaLines(in: language)
        }
        values.lists[.conditions] = conditions.map { condition in
            let name = catalogue.condition(condition.topic)?.name.text(in: language) ?? condition.requirement?.text(in: language) ?? ""
            guard let requirement = catalogue.condition(condition.topic) != nil ? condition.requirement : nil else { return name }
            return name + ": " + LetterValues.lowercasedFirst(requirement.text(in: language))
        }
        return values
    }

    /// "1 ч 30 мин", "1 h 30 min", "45 мин".
    public static func duration(_ minutes: Int, in language: ContentLanguage) -> String {
        let (h, m) = (minutes / 60, minutes % 60)
        let (hour, minute) = language == .ru ? ("ч", "мин") : ("h", "min")
        switch (h, m) {
        case (0, _): return "\(m)\u{00A0}\(minute)"
        case (_, 0): return "\(h)\u{00A0}\(hour)"
        default: return "\(h)\u{00A0}\(hour) \(m)\u{00A0}\(minute)"
        }
    }
}
