import OtborCore

/// `otbor guides show ID --format json`: the guide with every item.
struct GuideJSON: Encodable {
    struct Item: Encodable {
        var id: String
        var type: String
        var title: LocalizedText
        var competencies: [String]
        var content: GuideItem.Content
        var source: SourceReference?
        var authored: String?
    }

    var id: String
    var kind: String
    var title: LocalizedText
    var purpose: LocalizedText?
    var duration: Int
    var participants: [LocalizedText]
    var instructions: LocalizedText?
    var redFlags: [RedFlag]
    var competencies: [String]
    var items: [Item]
    /// Groups of items offered as alternatives: a session runs `run` of each group's `items`.
    var alternatives: [AlternativeGroup]

    init(guide: InterviewGuide) {
        id = guide.id
        kind = guide.kind.rawValue
        title = guide.title
        purpose = guide.purpose
        duration = guide.duration
        participants = guide.participants
        instructions = guide.instructions
        redFlags = guide.redFlags
        competencies = guide.measuredCompetencies
        alternatives = guide.alternatives
        items = guide.items.map {
            Item(id: $0.id, type: $0.typeName, title: $0.title, competencies: $0.competencies, content: $0.content,
                 source: $0.provenance.source, authored: $0.provenance.authored)
        }
    }
}
