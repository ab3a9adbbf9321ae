import OtborCore

/// Everything the database holds about one candidate: the record, the DISC result, and per
/// application its sessions with every answer, the consensus ratings and the decisions. What
/// `otbor export` writes and `otbor candidates show` reads.
public struct CandidateDossier: Sendable, Hashable {
    public var candidate: Candidate
    public var disc: StoredDISCResult?
    /// In the order they were opened.
    public var applications: [ApplicationFile]

    public init(candidate: Candidate, disc: StoredDISCResult? = nil, applications: [ApplicationFile] = []) {
        self.candidate = candidate
        self.disc = disc
        self.applications = applications
    }

    /// One application (candidate × profile) with what was recorded under it.
    public struct ApplicationFile: Sendable, Hashable {
        public var application: Application
        /// In the order they were started.
        public var sessions: [SessionFile]
        public var consensus: [ConsensusRating]
        /// Oldest first.
        public var decisions: [Decision]
    }

    /// One session with its answers and red flags.
    public struct SessionFile: Sendable, Hashable {
        public var session: InterviewSession
        /// Every answer (ratings, checklists, classifications, plans) in the order of the guide's
        /// steps as the session recorded it; steps the guide does not have come last, by time.
        public var answers: [StoredAnswer]
        public var redFlags: [RedFlag]
    }

    /// One answer as stored: the step key, the value, the evidence note and when it was given.
    public struct StoredAnswer: Sendable, Hashable {
        /// The step key, such as `q1`, `angry-client/tone`, `angry-client#checklist`, `working-day#plan`.
        public var step: String
        public var value: RecordedAnswer.Value
        public var note: String
        /// ISO 8601 in UTC, as ``StoreTime`` writes it.
        public var answeredAt: String
    }

    /// A red flag an assessor observed.
    public struct RedFlag: Sendable, Hashable {
        public var flag: String
        public var note: String
    }

    /// A consensus rating that replaces the assessors' mean for one stage and competency.
    public struct ConsensusRating: Sendable, Hashable {
        public var guide: String
        public var competency: String
        public var value: Double
        public var rationale: String
        public var recordedBy: String
        public var recordedAt: String
    }

    /// A decision on the application, made by a person, with the reason.
    public struct Decision: Sendable, Hashable {
        /// `advance`, `hold`, `reject` or `hire`.
        public var decision: String
        public var reason: String
        public var decidedBy: String
        public var decidedAt: String
    }
}
