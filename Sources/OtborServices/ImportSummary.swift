import OtborCore

/// What a scoresheet import wrote (or, in a dry run, would write).
public struct ImportSummary: Sendable, Encodable {
    public struct Session: Sendable, Encodable {
        /// The new session's id; absent in a dry run.
        public var id: SessionID?
        public var candidate: CandidateID
        public var name: String
        public var answers: Int
        public var redFlags: Int
        /// Step keys left unanswered, in guide order.
        public var unanswered: [String]
    }

    public var dryRun: Bool
    public var profile: String
    public var guide: String
    public var assessor: String
    public var submitted: Bool
    public var sessions: [Session]
}
