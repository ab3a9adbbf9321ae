import Foundation
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
        /// Oldest first.
        public var consensus: [ConsensusRecord]
        /// Oldest first.
        public var decisions: [DecisionRecord]

        public init(application: Application, sessions: [SessionFile], consensus: [ConsensusRecord], decisions: [DecisionRecord]) {
            self.application = application
            self.sessions = sessions
            self.consensus = consensus
            self.decisions = decisions
        }
    }

    /// One session with its answers and red flags.
    public struct SessionFile: Sendable, Hashable {
        public var session: InterviewSession
        /// Every answer (ratings, checklists, classifications, plans) in the order of the guide's
        /// steps as the session recorded it; steps the guide does not have come last, by time.
        public var answers: [StoredAnswer]
        public var redFlags: [RecordedRedFlag]

        public init(session: InterviewSession, answers: [StoredAnswer], redFlags: [RecordedRedFlag]) {
            self.session = session
            self.answers = answers
            self.redFlags = redFlags
        }
    }

    /// One answer as stored: the step key, the value, the evidence note and when it was given.
    public struct StoredAnswer: Sendable, Hashable {
        /// The step key, such as `q1`, `angry-client/tone`, `angry-client#checklist`, `working-day#plan`.
        public var step: String
        public var value: RecordedAnswer.Value
        public var note: String
        public var answeredAt: Date

        public init(step: String, value: RecordedAnswer.Value, note: String, answeredAt: Date) {
            self.step = step
            self.value = value
            self.note = note
            self.answeredAt = answeredAt
        }
    }
}
