import Foundation

/// Student's t distribution with ν degrees of freedom.
public struct StudentTDistribution: Sendable, Hashable {
    /// Degrees of freedom ν > 0 (may be fractional).
    public var degreesOfFreedom: Double

    public init(_ degreesOfFreedom: Double) {
        precondition(degreesOfFreedom > 0, "t needs positive degrees of freedom")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(|T| ≥ |t|) = I_{ν/(ν + t²)}(ν/2, ½).
    public func twoSidedP(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if t.isInfinite { return 0 }
        let nu = degreesOfFreedom
        return SpecialFunctions.regularizedIncompleteBeta(nu / (nu + t * t), nu / 2, 0.5)
    }

    /// P(T ≤ t).
    public func cdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        let tail = twoSidedP(t) / 2
        return t > 0 ? 1 - tail : tail
    }

    /// The t with P(T ≤ t) = p, for 0 < p < 1 (bisection on the two-sided tail; relative accuracy
    /// about 1e-13).
    public func quantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "quantile needs 0 < p < 1")
        if p == 0.5 { return 0 }
        // Solve P(|T| ≥ x) = 2·min(p, 1 − p) for x > 0; the left-hand side decreases in x.
        let target = 2 * min(p, 1 - p)
        var low = 0.0, high = 1.0
        while twoSidedP(high) > target {
            low = high
            high *= 2
            if high > 1e300 { return p > 0.5 ? .infinity : -.infinity }
        }
        for _ in 0..<2_000 {
            let middle = (low + high) / 2
            if twoSidedP(middle) > target { low = middle } else { high = middle }
            if high - low <= 1e-14 * high { break }
        }
        let x = (low + high) / 2
        return p > 0.5 ? x : -x
    }
}
