/// Where a score stands against a required level: the one "at the required level" rule. The
/// hurdle (F11), the gaps and strengths of a scorecard (F12), knock-out limits and the report's
/// matrix all use it. A score within ``RatingScale/tolerance`` of the level is at it, so
/// 4.999999999999999 (5 on items weighted 0.1 and 0.2) is at level 5.
public enum RequirementStanding: String, Sendable, Hashable, Codable, CaseIterable {
    /// Below `level − tolerance`.
    case below
    /// Within the tolerance of the level, either side, ends included.
    case at
    /// Above `level + tolerance`.
    case above

    public init(value: Double, level: Double) {
        if value < level - RatingScale.tolerance {
            self = .below
        } else if value > level + RatingScale.tolerance {
            self = .above
        } else {
            self = .at
        }
    }

    /// Against a required level of the scale.
    public init(value: Double, level: Int) {
        self.init(value: value, level: Double(level))
    }
}
