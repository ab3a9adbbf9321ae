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
        /// Of ``stages``, those that count toward the minimum: optional stages left out.
        public var countedStages: [String]

        /// `true` when fewer than ``CoverageMatrix/minimumStages`` required stages measure a scored
        /// competency (a context requirement is only shown, so one stage is enough for it).
        public var isUndercovered: Bool { countedStages.count < CoverageMatrix.minimumStages && requirement.isScored }
    }

    /// The minimum number of stages a required competency should be measured in.
    public static let minimumStages = 2
    /// The most competencies one stage should rate.
    public static let maximumCompetenciesPerStage = 5

    /// Guide ids of the process, in order.
    public var stages: [String]
    public var rows: [Row]

    /// Each guide of the process counts on its own, also within one visit: it is a separate exercise
    /// with its own evidence and weight. A guide measures what it measures whichever alternatives
    /// are run (``InterviewGuide/assuredCompetencies``); an optional stage does not count, since a
    /// candidate may go without it.
    public init(profile: JobProfile, guides: [InterviewGuide]) {
        let measured = Dictionary(guides.map { ($0.id, Set($0.assuredCompetencies)) }, uniquingKeysWith: { $0.union($1) })
        let optional = Set(profile.process.filter(\.isOptional).map(\.guide))
        stages = profile.process.map(\.guide)
        rows = profile.requirements.map { requirement in
            let measuring = profile.process.map(\.guide).filter { measured[$0]?.contains(requirement.competency) == true }
            return Row(requirement: requirement, stages: measuring, countedStages: measuring.filter { !optional.contains($0) })
        }
    }

    /// Scored rows measured by fewer than two stages.
    public var undercovered: [Row] { rows.filter(\.isUndercovered) }
}
