extension StoredDISCResult {
    /// Why a Graph III composite cannot come from an inventory of a number of groups, as data each
    /// front end words; `description` is the English wording.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        /// Fewer than one group.
        case tooFewGroups(Int)
        /// A factor's value beyond ±`limit` (the number of groups).
        case outsideRange(DISCFactor, value: Int, limit: Int)
        /// The four values add up to `sum`, not 0.
        case sumNotZero(Int)

        public var description: String {
            switch self {
            case .tooFewGroups(let count): "the number of groups must be at least 1, not \(count)"
            case .outsideRange(let factor, let value, let limit): "\(factor.rawValue) = \(value) lies outside ±\(limit)"
            case .sumNotZero(let sum): "the four values add up to \(sum), but a Graph III composite sums to 0"
            }
        }
    }

    /// Why a composite cannot come from an inventory of `groupCount` groups: it must sum to 0
    /// and each value must lie within ±groupCount. Empty when it is acceptable.
    public static func problems(composite: DISCFactorValues<Int>, groupCount: Int) -> [Problem] {
        guard groupCount >= 1 else { return [.tooFewGroups(groupCount)] }
        var problems: [Problem] = []
        for factor in DISCFactor.allCases where abs(composite[factor]) > groupCount {
            problems.append(.outsideRange(factor, value: composite[factor], limit: groupCount))
        }
        if composite.sum != 0 { problems.append(.sumNotZero(composite.sum)) }
        return problems
    }
}
