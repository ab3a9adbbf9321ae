/// A competency a job profile requires, at a level and with a weight.
public struct CompetencyRequirement: Sendable, Hashable, Codable {
    public var competency: String
    /// The profile's grouping of the competency (the seed's, not necessarily the library's).
    public var group: CompetencyGroup
    /// Required level on the 1…5 scale.
    public var level: Int
    /// Weight in the compensatory score; greater than zero.
    public var weight: Double
    /// A critical competency is a hurdle: falling below its level fails the candidate.
    public var critical: Bool
    public var note: LocalizedText?

    public init(
        competency: String, group: CompetencyGroup, level: Int, weight: Double,
        critical: Bool = false, note: LocalizedText? = nil
    ) {
        self.competency = competency
        self.group = group
        self.level = level
        self.weight = weight
        self.critical = critical
        self.note = note
    }
}
