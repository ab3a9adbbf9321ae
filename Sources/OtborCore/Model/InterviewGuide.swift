/// An interview guide: the script of one stage kind, with its items in order.
public struct InterviewGuide: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var kind: StageKind
    public var title: LocalizedText
    public var purpose: LocalizedText?
    /// Planned duration in minutes.
    public var duration: Int
    public var participants: [LocalizedText]
    /// How many assessors rate one candidate at this stage (0.5 when one observer watches two
    /// candidates); `nil` when the guide does not say, which ``ProcessHours`` counts as 1.
    public var assessors: Double?
    public var instructions: LocalizedText?
    public var redFlags: [RedFlag]
    public var items: [GuideItem]
    public var provenance: Provenance
    /// Stored only when the guide has groups, so the snapshot of a guide without any is unchanged.
    private var alternativeGroups: [AlternativeGroup]?

    /// Groups of items offered as alternatives (``AlternativeGroup``); empty when every item is run.
    public var alternatives: [AlternativeGroup] {
        get { alternativeGroups ?? [] }
        set { alternativeGroups = newValue.isEmpty ? nil : newValue }
    }

    public init(
        id: String, kind: StageKind, title: LocalizedText, purpose: LocalizedText? = nil, duration: Int,
        participants: [LocalizedText] = [], instructions: LocalizedText? = nil, redFlags: [RedFlag] = [],
        items: [GuideItem], provenance: Provenance = .unknown, assessors: Double? = nil,
        alternatives: [AlternativeGroup] = []
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.purpose = purpose
        self.duration = duration
        self.participants = participants
        self.assessors = assessors
        self.instructions = instructions
        self.redFlags = redFlags
        self.items = items
        self.provenance = provenance
        self.alternativeGroups = alternatives.isEmpty ? nil : alternatives
    }

    /// Every competency the guide measures, in order of first mention.
    public var measuredCompetencies: [String] {
        var ids: [String] = []
        for id in items.flatMap(\.competencies) where !ids.contains(id) { ids.append(id) }
        return ids
    }

    /// The item with `id`, if any.
    public func item(_ id: String) -> GuideItem? { items.first { $0.id == id } }
}
