import OtborCore

/// `otbor matrix PROFILE --format json`: `rows`, each with `competency` and the `stages` measuring it.
struct MatrixJSON: Encodable {
    struct Row: Encodable {
        var competency: String
        var level: Int
        var critical: Bool
        var stages: [String]
        var undercovered: Bool
    }

    var profile: String
    var stages: [String]
    var rows: [Row]
    var minimumStages: Int

    init(matrix: CoverageMatrix, profile: JobProfile) {
        self.profile = profile.id
        stages = matrix.stages
        rows = matrix.rows.map {
            Row(competency: $0.requirement.competency, level: $0.requirement.level, critical: $0.requirement.critical,
                stages: $0.stages, undercovered: $0.isUndercovered)
        }
        minimumStages = CoverageMatrix.minimumStages
    }
}
