/// A competency of the library with its behaviourally anchored levels.
public struct Competency: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var group: CompetencyGroup
    public var definition: LocalizedText
    /// Observable behaviour at levels 1…5 (index 0 is level 1).
    public var levels: [LocalizedText]
    public var positiveIndicators: [LocalizedText]
    public var negativeIndicators: [LocalizedText]
    /// What a newcomer below the required level does in the first 90 days (authored), for the
    /// development plan (``DevelopmentPlan``).
    public var development: LocalizedText?
    public var provenance: Provenance

    public init(
        id: String, name: LocalizedText, group: CompetencyGroup, definition: LocalizedText,
        levels: [LocalizedText], positiveIndicators: [LocalizedText] = [],
        negativeIndicators: [LocalizedText] = [], provenance: Provenance = .unknown, development: LocalizedText? = nil
    ) {
        self.id = id
        self.name = name
        self.group = group
        self.definition = definition
        self.levels = levels
        self.positiveIndicators = positiveIndicators
        self.negativeIndicators = negativeIndicators
        self.provenance = provenance
        self.development = development
    }

    /// The anchor text of `level` (1…5), if the level exists.
    public func anchor(_ level: Int) -> LocalizedText? {
        levels.indices.contains(level - 1) ? levels[level - 1] : nil
    }
}
