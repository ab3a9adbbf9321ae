/// A competency a job profile requires, at a level and with a weight.
public struct CompetencyRequirement: Sendable, Hashable, Codable {
    /// How a requirement enters the result: scored into S and the hurdle, or kept as context.
    public enum Use: String, Sendable, Hashable, Codable, CaseIterable {
        /// In the weighted score S, the hurdle (when critical), the knock-outs and what derives from S.
        case scored
        /// Shown with its evidence and ratings, never in S, the hurdle or the figures from S.
        case context
    }

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
    /// Scored (the default) or context.
    public var use: Use
    /// The hurdle's tolerance τ the profile states for this critical requirement (0 ≤ τ < 1): the
    /// hurdle fails below `level − τ` (assessment-science F11). `nil`: the scoring engine's, 0 by default.
    public var tolerance: Double?

    /// The one rule of which requirements count: scored ones go into S, the hurdle and the
    /// knock-outs; context ones are only shown.
    public var isScored: Bool { use == .scored }

    public init(
        competency: String, group: CompetencyGroup, level: Int, weight: Double,
        critical: Bool = false, note: LocalizedText? = nil, use: Use = .scored, tolerance: Double? = nil
    ) {
        self.competency = competency
        self.group = group
        self.level = level
        self.weight = weight
        self.critical = critical
        self.note = note
        self.use = use
        self.tolerance = tolerance
    }

    /// The tolerance the hurdle applies to this requirement: the one the profile states, or else
    /// the engine's `default`.
    public func hurdleTolerance(default engine: Double) -> Double {
        tolerance ?? engine
    }

    /// The lowest score that still meets the hurdle: `level − τ`.
    public func hurdleCutoff(default engine: Double) -> Double {
        Double(level) - hurdleTolerance(default: engine)
    }

    private enum CodingKeys: String, CodingKey {
        case competency, group, level, weight, critical, note, use, tolerance
    }

    /// Reads a requirement, also one recorded before requirements had a `use` (scored then) or a `tolerance`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        competency = try container.decode(String.self, forKey: .competency)
        group = try container.decode(CompetencyGroup.self, forKey: .group)
        level = try container.decode(Int.self, forKey: .level)
        weight = try container.decode(Double.self, forKey: .weight)
        critical = try container.decode(Bool.self, forKey: .critical)
        note = try container.decodeIfPresent(LocalizedText.self, forKey: .note)
        use = try container.decodeIfPresent(Use.self, forKey: .use) ?? .scored
        tolerance = try container.decodeIfPresent(Double.self, forKey: .tolerance)
    }

    /// Writes `use` only for a context requirement and `tolerance` only when stated, so a snapshot
    /// (and content hash) of a requirement without them is what it was before they existed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(competency, forKey: .competency)
        try container.encode(group, forKey: .group)
        try container.encode(level, forKey: .level)
        try container.encode(weight, forKey: .weight)
        try container.encode(critical, forKey: .critical)
        try container.encodeIfPresent(note, forKey: .note)
        if use != .scored { try container.encode(use, forKey: .use) }
        try container.encodeIfPresent(tolerance, forKey: .tolerance)
    }
}
