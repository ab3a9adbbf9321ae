/// Standard error of measurement and the smallest meaningful difference (F14).
public struct MeasurementError: Sendable, Hashable {
    /// SEM = SD·√(1 − r).
    public var sem: Double

    public init(standardDeviation: Double, reliability: Double) {
        sem = standardDeviation * max(0, 1 - reliability).squareRoot()
    }

    /// Half-width of the 95 % band, 1.96·SEM.
    public var halfWidth95: Double { NormalDistribution.z95 * sem }
    /// Standard error of a difference of two scores with this SEM, √2·SEM.
    public var differenceSE: Double { 2.0.squareRoot() * sem }
    /// The smallest difference significant at 5 %, 1.96·√2·SEM.
    public var minimumSignificantDifference: Double { NormalDistribution.z95 * differenceSE }
}
