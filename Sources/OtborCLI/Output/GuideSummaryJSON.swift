import OtborCore

/// `otbor guides list --format json`: one entry per guide.
struct GuideSummaryJSON: Encodable {
    var id: String
    var kind: String
    var title: LocalizedText
    var duration: Int
    var items: Int
    var competencies: [String]

    init(guide: InterviewGuide) {
        id = guide.id
        kind = guide.kind.rawValue
        title = guide.title
        duration = guide.duration
        items = guide.items.count
        competencies = guide.measuredCompetencies
    }
}
