/// A structured-interview question: one anchored rating per answer.
public struct InterviewQuestion: Sendable, Hashable, Codable {
    /// The kind of question, as the assessment literature classifies them.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case behavioural, situational, provocative, knowledge, motivation, logistics
        case followUp = "follow-up"
    }

    public var kind: Kind
    public var text: LocalizedText
    /// What the question checks.
    public var checks: LocalizedText
    /// How the rating is spread over competencies.
    public var competencies: [CompetencyWeight]
    /// Question-specific anchors for some levels; the competency's levels apply otherwise.
    public var anchors: [Anchor]
    /// What a good answer contains.
    public var indicators: [LocalizedText]
    /// Reference (model) answer.
    public var reference: LocalizedText?
    public var followUps: [LocalizedText]
    public var redFlags: [LocalizedText]

    public init(
        kind: Kind, text: LocalizedText, checks: LocalizedText, competencies: [CompetencyWeight],
        anchors: [Anchor] = [], indicators: [LocalizedText] = [], reference: LocalizedText? = nil,
        followUps: [LocalizedText] = [], redFlags: [LocalizedText] = []
    ) {
        self.kind = kind
        self.text = text
        self.checks = checks
        self.competencies = competencies
        self.anchors = anchors
        self.indicators = indicators
        self.reference = reference
        self.followUps = followUps
        self.redFlags = redFlags
    }
}
