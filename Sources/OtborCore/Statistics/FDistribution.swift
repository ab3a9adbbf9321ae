import Foundation

/// Snedecor's F distribution with d₁ (numerator) and d₂ (denominator) degrees of freedom.
///
/// Degrees of freedom may be fractional (the Satterthwaite df of the ICC(2,1) interval is).
public struct FDistribution: Sendable, Hashable {
    /// Numerator degrees of freedom d₁ > 0.
    public var numeratorDF: Double
    /// Denominator degrees of freedom d₂ > 0.
    public var denominatorDF: Double

    public init(_ numeratorDF: Double, _ denominatorDF: Double) {
        precondition(numeratorDF > 0 && denominatorDF > 0, "F needs positive degrees of freedom")
        self.numeratorDF = numeratorDF
        self.denominatorDF = denominatorDF
    }

    /// P(F ≤ x) = I_{d₁x/(d₁x + d₂)}(d₁/2, d₂/2).
    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 0 }
        if x == .infinity { return 1 }
        let (d1, d2) = (numeratorDF, denominatorDF)
        return SpecialFunctions.regularizedIncompleteBeta(d1 * x / (d1 * x + d2), d1 / 2, d2 / 2)
    }

    /// P(F > x), computed directly so that small upper tails keep their precision.
    public func survival(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 1 }
        if x == .infinity { return 0 }
        let (d1, d2) = (numeratorDF, denominatorDF)
        return SpecialFunctions.regularizedIncompleteBeta(d2 / (d2 + d1 * x), d2 / 2, d1 / 2)
    }

    /// The x with P(F ≤ x) = p, for 0 < p < 1, found by bisection on the cdf (on the upper tail for
    /// p > ½); relative accuracy about 1e-13.
    public func quantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "quantile needs 0 < p < 1")
        // g is increasing in x and zero at the quantile.
        let g: (Double) -> Double = p > 0.5 ? { (1 - p) - survival($0) } : { cdf($0) - p }
        var low = 0.0, high = 1.0
        while g(high) < 0 {
            low = high
            high *= 2
            if high > 1e300 { return .infinity }
        }
        for _ in 0..<2_000 {
            let middle = (low + high) / 2
            if g(middle) < 0 { low = middle } else { high = middle }
            if high - low <= 1e-14 * high { break }
        }
        return (low + high) / 2
    }

    /// Upper-tail p-value of an observed F statistic, P(F ≥ x).
    public func pValue(_ x: Double) -> Double {
        survival(x)
    }
}
