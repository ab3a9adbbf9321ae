import OtborCore
import Yams

/// Reading a requirement's hurdle `tolerance`.
extension NodeReader {
    /// The lowest level at which a hurdle without a stated tolerance is warned about: a mean a hair
    /// below 4 fails although it is within the error of a few ratings.
    static let toleranceAdvisedFromLevel = 4

    /// The requirement's `tolerance`: refused outside 0 ≤ τ < 1 and on a requirement that is not a
    /// hurdle; a hurdle at level 4 or more without one is warned about.
    func hurdleTolerance(_ fields: Fields, competency: String?, level: Int?, critical: Bool) -> Double? {
        guard let node = fields["tolerance"] else {
            if critical, let competency, let level, level >= Self.toleranceAdvisedFromLevel, let at = fields["level"] {
                warning(.content(.highHurdleWithoutTolerance(competency, level: level)), at: at)
            }
            return nil
        }
        guard let tolerance = number(node, "tolerance") else { return nil }
        guard tolerance >= 0, tolerance < 1 else {
            error(.content(.hurdleToleranceOutOfRange(tolerance)), at: node)
            return nil
        }
        guard critical else {
            error(.content(.toleranceWithoutHurdle(competency ?? "?")), at: node)
            return nil
        }
        return tolerance
    }
}
