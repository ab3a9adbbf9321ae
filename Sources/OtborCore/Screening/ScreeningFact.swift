/// A guide item that records a fact about the candidate (`type: fact`): a choice among options,
/// each with its verdict and reason, or, for salary, a number judged against the profile's band.
public struct ScreeningFact: Sendable, Hashable, Codable {
    /// One possible answer with what it means.
    public struct Option: Sendable, Hashable, Codable, Identifiable {
        public var id: String
        public var text: LocalizedText
        public var verdict: FactVerdict
        /// Why the answer passes, fails or needs discussion; shown with a knock-out.
        public var reason: LocalizedText

        public init(id: String, text: LocalizedText, verdict: FactVerdict, reason: LocalizedText) {
            self.id = id
            self.text = text
            self.verdict = verdict
            self.reason = reason
        }
    }

    /// The profile's screening requirement the fact is judged against.
    public var topic: ScreeningTopic
    /// What the interviewer asks.
    public var text: LocalizedText
    /// What the answer establishes.
    public var checks: LocalizedText?
    /// The options; empty for a salary fact, which records a number.
    public var options: [Option]

    public init(topic: ScreeningTopic, text: LocalizedText, checks: LocalizedText? = nil, options: [Option] = []) {
        self.topic = topic
        self.text = text
        self.checks = checks
        self.options = options
    }

    /// The option with `id`, if any.
    public func option(_ id: String) -> Option? { options.first { $0.id == id } }
}
