/// Which stages of a profile's process measure each required competency.
///
/// Assessment-centre practice asks for every dimension to be measured in at least two
/// exercises, and for no exercise to rate more than about five dimensions.
public struct CoverageMatrix: Sendable, Hashable {
    /// One required competency and the stages that measure it.
    public struct Row: Sendable, Hashable {
        public var requirement: CompetencyRequirement
        /// Ids of the process guides that measure the competency, in process order.
        public var stages: [String]

        /// `true` when fewer than ``CoverageMatrix/minimumStages`` stages measure a scored
        /// competency (a context requirement is only shown, so one stage is enough for it).
        public var isUndercovered: Bool { stages.count < CoverageMatrix.minimumStages && requirement.isScored }
    }

    /// The minimum number of stages a required competency should be measured in.
    public static let minimumStages = 2
    /// The most competencies one stage should rate.
    public static let maximumCompetenciesPerStage = 5

    /// Guide ids of the process, in order.
    public var stages: [String]
    public var rows: [Row]

    public init(profile: JobProfile, guides: [InterviewGuide]) {
        let measured = Dictionary(guides.map { ($0.id, Set($0.measuredCompetencies)) }, uniquingKeysWith: { $0.union($1) })
        stages = profile.process.map(\.guide)
        rows = profile.requirements.map { requirement in
            Row(
                requirement: requirement,
                stages: profile.process.map(\.guide).filter { measured[$0]?.contains(requirement.competency) == true }
            )
        }
    }

    /// Scored rows measured by fewer than two stages.
    public var undercovered: [Row] { rows.filter(\.isUndercovered) }
}
