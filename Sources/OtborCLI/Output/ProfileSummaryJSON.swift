import OtborCore

/// `otbor profiles list --format json`: one entry per profile.
struct ProfileSummaryJSON: Encodable {
    var id: String
    var title: LocalizedText
    var level: String
    var competencies: Int
    var stages: [String]

    init(profile: JobProfile) {
        id = profile.id
        title = profile.title
        level = profile.level.rawValue
        competencies = profile.requirements.count
        stages = profile.process.map(\.guide)
    }
}
