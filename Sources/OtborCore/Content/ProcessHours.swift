/// What a profile's process costs: the candidate's time (every stage's duration) and the
/// assessors' time (each stage's duration × the assessors who rate one candidate there).
///
/// Seed 002 (ST-00) runs a process in two to five stages; candidates drop out of longer ones, so
/// a process should stay within ``maximumStages`` stages and ``maximumCandidateHours`` hours.
/// Entries of one visit (``ProcessStage/visit``) are one stage, their durations summed; optional
/// entries are counted apart and toward neither limit.
public struct ProcessHours: Sendable, Hashable {
    /// One entry of the process (one guide) and its time.
    public struct Stage: Sendable, Hashable {
        public var guide: String
        /// The guide's planned duration (the steps a session runs, alternates not summed).
        public var minutes: Int
        /// Assessors per candidate: the guide's `assessors`, or 1 when it does not say.
        public var assessors: Double
        /// `false` when the guide does not state its assessors and 1 is assumed.
        public var assessorsStated: Bool
        /// The visit the entry belongs to, if it shares one with other entries.
        public var visit: String? = nil
        /// `true` for an optional entry.
        public var isOptional: Bool = false

        /// minutes × assessors.
        public var assessorMinutes: Double { Double(minutes) * assessors }
    }

    /// One stage as the candidate lives it: a visit of one or more entries.
    public struct Visit: Sendable, Hashable {
        /// The visit's label, `nil` for an entry on its own.
        public var label: String?
        public var stages: [Stage]
        /// Minutes of the whole visit.
        public var minutes: Int { stages.reduce(0) { $0 + $1.minutes } }
        /// `true` when the visit is optional.
        public var isOptional: Bool { stages.allSatisfy(\.isOptional) }
    }

    /// The most stages a process should have (seed 002 ST-00: two to five).
    public static let maximumStages = 5
    /// The most hours a process should take of a candidate's time.
    public static let maximumCandidateHours = 5.0

    /// The entries whose guide is in the library, in process order.
    public var stages: [Stage]

    public init(profile: JobProfile, guides: [InterviewGuide]) {
        stages = profile.process.compactMap { stage in
            guard let guide = guides.first(where: { $0.id == stage.guide }) else { return nil }
            return Stage(guide: guide.id, minutes: guide.duration, assessors: guide.assessors ?? 1,
                         assessorsStated: guide.assessors != nil, visit: stage.visit, isOptional: stage.isOptional)
        }
    }

    /// The visits, in process order: consecutive entries with the same label make one.
    public var visits: [Visit] {
        var visits: [Visit] = []
        for stage in stages {
            if let label = stage.visit, visits.last?.label == label {
                visits[visits.count - 1].stages.append(stage)
            } else {
                visits.append(Visit(label: stage.visit, stages: [stage]))
            }
        }
        return visits
    }

    /// The stages a candidate must attend: visits that are not optional.
    public var stageCount: Int { visits.filter { !$0.isOptional }.count }
    /// The candidate's time over the required stages, in minutes.
    public var candidateMinutes: Int { required.reduce(0) { $0 + $1.minutes } }
    /// The candidate's time in hours.
    public var candidateHours: Double { Double(candidateMinutes) / 60 }
    /// The candidate's time in the optional stages, in minutes.
    public var optionalMinutes: Int { stages.filter(\.isOptional).reduce(0) { $0 + $1.minutes } }
    /// The assessors' time per candidate over the required stages, in person-hours.
    public var assessorHours: Double { required.reduce(0) { $0 + $1.assessorMinutes } / 60 }
    /// The assessors' time per candidate in the optional stages, in person-hours.
    public var optionalAssessorHours: Double { stages.filter(\.isOptional).reduce(0) { $0 + $1.assessorMinutes } / 60 }
    /// Guides that do not state their assessors (1 assumed).
    public var assumedAssessors: [String] { stages.filter { !$0.assessorsStated }.map(\.guide) }

    /// `true` when the process has more required stages than ``maximumStages``.
    public var hasTooManyStages: Bool { stageCount > Self.maximumStages }
    /// `true` when the candidate's time exceeds ``maximumCandidateHours``.
    public var takesTooLong: Bool { candidateHours > Self.maximumCandidateHours + 1e-9 }

    private var required: [Stage] { stages.filter { !$0.isOptional } }
}
