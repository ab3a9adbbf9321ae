/// The exact bootstrap distribution of the mean of a small panel's ratings (F16): every one of the
/// kᵏ resamples with replacement, counted exactly. A resample is fixed by how often it draws each
/// assessor, so the distinct draws are enumerated once each with their multinomial counts.
///
/// Values are used as given, never rounded. Two resample means that differ by less than
/// ``RatingScale/tolerance`` are the same mean (the tie rule): that absorbs floating-point noise
/// in the assessors' scores and nothing else.
public struct ExactBootstrap: Sendable, Hashable {
    /// Distinct resample means, ascending, with how many of the kᵏ resamples give each.
    public var means: [Double]
    public var counts: [Int]
    /// kᵏ.
    public var total: Int

    /// The largest panel resampled: beyond it kᵏ · kᵏ no longer fits an `Int`.
    public static let largestPanel = 9

    /// `nil` for an empty panel or one of more than ``largestPanel`` assessors.
    public init?(_ ratings: [Double]) {
        guard !ratings.isEmpty, ratings.count <= Self.largestPanel else { return nil }
        let k = ratings.count
        var draws: [(mean: Double, count: Int)] = []
        var times = [Int](repeating: 0, count: k)
        var factorial = [1]
        for n in 1...k { factorial.append(factorial[n - 1] * n) }
        // Every way to draw k times: `times[i]` draws of assessor i, Σ times = k, each counted
        // k!/Π times[i]! times among the ordered resamples.
        func draw(_ index: Int, _ left: Int) {
            guard index < k - 1 else {
                times[index] = left
                var sum = 0.0, count = factorial[k]
                for (value, n) in zip(ratings, times) where n > 0 {
                    sum += Double(n) * value
                    count /= factorial[n]
                }
                draws.append((sum / Double(k), count))
                return
            }
            for n in stride(from: left, through: 0, by: -1) {
                times[index] = n
                draw(index + 1, left - n)
            }
        }
        draw(0, k)
        draws.sort { $0.mean < $1.mean }
        var means: [Double] = [], counts: [Int] = []
        for (mean, count) in draws {
            if let first = means.last, mean - first < RatingScale.tolerance {
                counts[counts.count - 1] += count
            } else {
                means.append(mean)
                counts.append(count)
            }
        }
        self.means = means
        self.counts = counts
        total = counts.reduce(0, +)
    }

    /// Percentile interval by the inverse empirical CDF (R quantile type 1).
    public func interval(level: Double = 0.95) -> ClosedRange<Double> {
        quantile((1 - level) / 2)...quantile(1 - (1 - level) / 2)
    }

    /// The smallest mean v with P(M* ≤ v) ≥ p.
    public func quantile(_ p: Double) -> Double {
        var cumulative = 0
        for (mean, count) in zip(means, counts) {
            cumulative += count
            if Double(cumulative) / Double(total) >= p - 1e-12 { return mean }
        }
        return means.last!
    }

    /// How many of the pairs of resamples (one of each panel, `total` pairs in all) have A* > B*
    /// and how many have A* = B* (means within ``RatingScale/tolerance``): exact integers.
    public static func count(_ a: ExactBootstrap, _ b: ExactBootstrap) -> (greater: Int, tie: Int, total: Int) {
        var greater = 0, tie = 0
        // `below` B means lie a tolerance or more below the current A mean, `near` B means after
        // them within the tolerance of it; both only move up as the A means do.
        var below = 0, belowCount = 0
        for (meanA, countA) in zip(a.means, a.counts) {
            while below < b.means.count, meanA - b.means[below] >= RatingScale.tolerance {
                belowCount += b.counts[below]
                below += 1
            }
            var near = below, nearCount = 0
            while near < b.means.count, b.means[near] - meanA < RatingScale.tolerance {
                nearCount += b.counts[near]
                near += 1
            }
            greater += countA * belowCount
            tie += countA * nearCount
        }
        return (greater, tie, a.total * b.total)
    }

    /// P(A* > B*) and P(A* = B*) for independent resamples of two panels.
    public static func compare(_ a: ExactBootstrap, _ b: ExactBootstrap) -> (greater: Double, tie: Double) {
        let (greater, tie, total) = count(a, b)
        return (Double(greater) / Double(total), Double(tie) / Double(total))
    }

    /// P(A* > B*) + ½·P(A* = B*), computed from the exact counts as (2·greater + tie)/(2·total).
    public static func outranking(_ a: ExactBootstrap, _ b: ExactBootstrap) -> Double {
        let (greater, tie, total) = count(a, b)
        return Double(2 * greater + tie) / Double(2 * total)
    }
}
