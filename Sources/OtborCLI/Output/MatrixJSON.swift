import OtborCore

/// `otbor matrix PROFILE --format json`: `rows`, each with `competency` and the `stages` measuring it.
struct MatrixJSON: Encodable {
    struct Row: Encodable {
        var competency: String
        var level: Int
        var critical: Bool
        /// The hurdle's tolerance the profile states, when it states one.
        var tolerance: Double?
        /// `scored` (in S and the hurdle) or `context` (shown only).
        var use: String
        var stages: [String]
        /// The stages that count toward `minimumStages`: optional ones left out.
        var countedStages: [String]
        var undercovered: Bool
    }

    var profile: String
    var stages: [String]
    var rows: [Row]
    var minimumStages: Int
    var hours: ProcessHoursJSON
    /// Guides of the stages after the decision: never scored, apart from `stages` and `hours`.
    var afterDecision: [String]

    init(matrix: CoverageMatrix, profile: JobProfile, hours: ProcessHours) {
        self.hours = ProcessHoursJSON(hours)
        self.profile = profile.id
        stages = matrix.stages
        rows = matrix.rows.map {
            Row(competency: $0.requirement.competency, level: $0.requirement.level, critical: $0.requirement.critical,
                tolerance: $0.requirement.tolerance, use: $0.requirement.use.rawValue,
                stages: $0.stages, countedStages: $0.countedStages, undercovered: $0.isUndercovered)
        }
        minimumStages = CoverageMatrix.minimumStages
        afterDecision = profile.afterDecision.map(\.guide)
    }
}
