import OtborCore

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

        public init(profile: String, stagesDone: Int, stagesPlanned: Int, sessionsOpen: Int) {
            self.profile = profile
            self.stagesDone = stagesDone
            self.stagesPlanned = stagesPlanned
            self.sessionsOpen = sessionsOpen
        }

        /// The progress of an application for `profile` whose recorded profile is `process`
        /// (`nil` when it cannot be read): the stages of its process with a submitted session among
        /// `submitted` (every submitted stage when the process is unknown).
        public init(profile: String, process: JobProfile?, submitted: Set<String>, sessionsOpen: Int) {
            let planned = Set(process?.process.map(\.guide) ?? [])
            self.init(profile: profile, stagesDone: planned.isEmpty ? submitted.count : submitted.intersection(planned).count,
                      stagesPlanned: planned.count, sessionsOpen: sessionsOpen)
        }
    }

    public var candidate: Candidate
    /// In the order the applications were opened.
    public var applications: [Progress]

    public init(candidate: Candidate, applications: [Progress]) {
        self.candidate = candidate
        self.applications = applications
    }
}
