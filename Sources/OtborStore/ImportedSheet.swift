import OtborCore

/// One candidate's part of an imported scoresheet: the answers and red flags of a new session.
public struct ImportedSheet: Sendable, Hashable {
    public var candidate: CandidateID
    /// Recorded in this order; the last one becomes the session's cursor.
    public var answers: [RecordedAnswer]
    public var redFlags: [RecordedRedFlag]

    public init(candidate: CandidateID, answers: [RecordedAnswer], redFlags: [RecordedRedFlag] = []) {
        self.candidate = candidate
        self.answers = answers
        self.redFlags = redFlags
    }
}
