import OtborCore

/// What a report shows of one session besides its sheet: every answer, the evidence notes by
/// step key, and the red flags with their notes.
public struct SessionDetail: Sendable {
    public var answers: SessionAnswers
    public var notes: [String: String]
    public var redFlags: [RecordedRedFlag]

    public init(answers: SessionAnswers, notes: [String: String], redFlags: [RecordedRedFlag]) {
        self.answers = answers
        self.notes = notes
        self.redFlags = redFlags
    }
}
