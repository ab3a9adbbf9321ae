/// What a profile's process costs: the candidate's time (every stage's duration) and the
/// assessors' time (each stage's duration × the assessors who rate one candidate there).
///
/// Seed 002 (ST-00) runs a process in two to five stages; candidates drop out of longer ones, so
/// a process should stay within ``maximumStages`` stages and ``maximumCandidateHours`` hours.
public struct ProcessHours: Sendable, Hashable {
    /// One stage of the process and its time.
    public struct Stage: Sendable, Hashable {
        public var guide: String
        /// The guide's planned duration.
        public var minutes: Int
        /// Assessors per candidate: the guide's `assessors`, or 1 when it does not say.
        public var assessors: Double
        /// `false` when the guide does not state its assessors and 1 is assumed.
        public var assessorsStated: Bool

        /// minutes × assessors.
        public var assessorMinutes: Double { Double(minutes) * assessors }
    }

    /// The most stages a process should have (seed 002 ST-00: two to five).
    public static let maximumStages = 5
    /// The most hours a process should take of a candidate's time.
    public static let maximumCandidateHours = 5.0

    /// The stages whose guide is in the library, in process order.
    public var stages: [Stage]

    public init(profile: JobProfile, guides: [InterviewGuide]) {
        stages = profile.process.compactMap { stage in
            guard let guide = guides.first(where: { $0.id == stage.guide }) else { return nil }
            return Stage(guide: guide.id, minutes: guide.duration, assessors: guide.assessors ?? 1,
                         assessorsStated: guide.assessors != nil)
        }
    }

    /// The candidate's time over the whole process, in minutes.
    public var candidateMinutes: Int { stages.reduce(0) { $0 + $1.minutes } }
    /// The candidate's time in hours.
    public var candidateHours: Double { Double(candidateMinutes) / 60 }
    /// The assessors' time per candidate, in person-hours.
    public var assessorHours: Double { stages.reduce(0) { $0 + $1.assessorMinutes } / 60 }
    /// Guides that do not state their assessors (1 assumed).
    public var assumedAssessors: [String] { stages.filter { !$0.assessorsStated }.map(\.guide) }

    /// `true` when the process has more stages than ``maximumStages``.
    public var hasTooManyStages: Bool { stages.count > Self.maximumStages }
    /// `true` when the candidate's time exceeds ``maximumCandidateHours``.
    public var takesTooLong: Bool { candidateHours > Self.maximumCandidateHours + 1e-9 }
}
