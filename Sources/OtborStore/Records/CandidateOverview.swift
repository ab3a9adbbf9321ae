/// A candidate with what `otbor candidates list` shows next to them: their applications and
/// how many stages of each profile's process have a submitted session.
public struct CandidateOverview: Sendable, Hashable {
    /// One application and its progress.
    public struct Progress: Sendable, Hashable {
        public var profile: String
        /// Stages (guides) of the recorded profile's process with at least one submitted session.
        public var stagesDone: Int
        /// Stages in the recorded profile's process.
        public var stagesPlanned: Int
        /// Sessions not yet submitted (open or paused).
        public var sessionsOpen: Int
    }

    public var candidate: Candidate
    /// In the order the applications were opened.
    public var applications: [Progress]
}
