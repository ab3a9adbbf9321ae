/// The exact bootstrap distribution of the mean of a small panel's ratings (F16): every one of the
/// kᵏ resamples with replacement, counted by convolution instead of enumeration.
public struct ExactBootstrap: Sendable, Hashable {
    /// Possible means, ascending, with how many of the kᵏ resamples give each.
    public var means: [Double]
    public var counts: [Double]
    /// kᵏ.
    public var total: Double

    /// `nil` for an empty panel. Ratings are rounded to hundredths to form the sum lattice.
    public init?(_ ratings: [Double]) {
        guard !ratings.isEmpty else { return nil }
        let k = ratings.count
        let steps = ratings.map { Int(($0 * 100).rounded()) }
        var distribution: [Int: Double] = [0: 1]
        for _ in 0..<k {
            var next: [Int: Double] = [:]
            for (sum, count) in distribution {
                for step in steps { next[sum + step, default: 0] += count }
            }
            distribution = next
        }
        let sums = distribution.keys.sorted()
        means = sums.map { Double($0) / 100 / Double(k) }
        counts = sums.map { distribution[$0]! }
        total = counts.reduce(0, +)
    }

    /// Percentile interval by the inverse empirical CDF (R quantile type 1).
    public func interval(level: Double = 0.95) -> ClosedRange<Double> {
        quantile((1 - level) / 2)...quantile(1 - (1 - level) / 2)
    }

    /// The smallest mean v with P(M* ≤ v) ≥ p.
    public func quantile(_ p: Double) -> Double {
        var cumulative = 0.0
        for (mean, count) in zip(means, counts) {
            cumulative += count
            if cumulative / total >= p - 1e-12 { return mean }
        }
        return means.last!
    }

    /// P(A* > B*) and P(A* = B*) for independent resamples of two panels.
    public static func compare(_ a: ExactBootstrap, _ b: ExactBootstrap) -> (greater: Double, tie: Double) {
        var greater = 0.0, tie = 0.0
        for (meanA, countA) in zip(a.means, a.counts) {
            for (meanB, countB) in zip(b.means, b.counts) {
                if abs(meanA - meanB) < 1e-9 { tie += countA * countB } else if meanA > meanB { greater += countA * countB }
            }
        }
        let total = a.total * b.total
        return (greater / total, tie / total)
    }
}
