import Foundation

/// Krippendorff's α (Krippendorff 2011; Hayes & Krippendorff 2007) for any number of coders
/// (assessors) with missing values, under the nominal, ordinal, interval or ratio metric.
///
/// The data are units × coders: `units[u][c]` is coder c's value for unit u, `nil` when missing.
/// Units with fewer than two values are not pairable and are ignored.
public struct KrippendorffAlpha: Sendable, Hashable {
    /// The difference function δ²(c, k) between two values.
    public enum Metric: String, Sendable, Hashable, CaseIterable {
        /// 0 when equal, else 1.
        case nominal
        /// Rank distance through the frequencies of the values between c and k.
        case ordinal
        /// (c − k)².
        case interval
        /// ((c − k)/(c + k))².
        case ratio
    }

    /// The distinct pairable values, ascending.
    public let values: [Double]
    /// The coincidence matrix o_ck over ``values``.
    public let coincidences: [[Double]]
    /// n_c = Σ_k o_ck, the number of pairable values equal to each value.
    public let marginals: [Double]
    /// n, the total number of pairable values.
    public let pairableCount: Double
    /// How many units have at least two values.
    public let pairableUnits: Int

    /// Builds the coincidence matrix from units × coders data. Non-finite values count as missing.
    public init(units: [[Double?]]) {
        // Two passes without a collection per unit (a campaign has hundreds of thousands of units):
        // the distinct pairable values, then each unit's value counts added into the matrix.
        var distinct = Set<Double>()
        var pairableUnits = 0
        for unit in units where Self.count(unit) >= 2 {
            pairableUnits += 1
            for case let value? in unit where value.isFinite { distinct.insert(value) }
        }
        let values = distinct.sorted()
        let m = values.count
        var o = [Double](repeating: 0, count: m * m)
        var counts = [Double](repeating: 0, count: m)
        var present: [Int] = []
        for unit in units {
            let n = Self.count(unit)
            guard n >= 2 else { continue }
            present.removeAll(keepingCapacity: true)
            for case let value? in unit where value.isFinite {
                let c = Self.position(of: value, in: values)
                if counts[c] == 0 { present.append(c) }
                counts[c] += 1
            }
            let weight = 1 / Double(n - 1)
            for c in present {
                for k in present {
                    // Ordered pairs of different coders: n_uc · (n_uk − [c = k]).
                    o[c * m + k] += counts[c] * (c == k ? counts[k] - 1 : counts[k]) * weight
                }
            }
            for c in present { counts[c] = 0 }
        }
        self.values = values
        coincidences = (0..<m).map { Array(o[($0 * m)..<($0 * m + m)]) }
        marginals = coincidences.map { $0.reduce(0, +) }
        pairableCount = marginals.reduce(0, +)
        self.pairableUnits = pairableUnits
    }

    /// The unit's finite values.
    private static func count(_ unit: [Double?]) -> Int {
        var n = 0
        for case let value? in unit where value.isFinite { n += 1 }
        return n
    }

    /// The index of `value` in the ascending `values`, which hold it.
    private static func position(of value: Double, in values: [Double]) -> Int {
        var low = 0, high = values.count - 1
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Builds from coders × units data (one row per coder), the layout of most published examples.
    public init(coders: [[Double?]]) {
        let unitCount = coders.map(\.count).max() ?? 0
        self.init(units: (0..<unitCount).map { u in coders.map { u < $0.count ? $0[u] : nil } })
    }

    /// α = 1 − D_o/D_e; NaN when there is no variation to compare against (D_e = 0) or no
    /// pairable values.
    public func alpha(_ metric: Metric) -> Double {
        let expected = expectedDisagreement(metric)
        guard expected > 0 else { return .nan }
        return 1 - observedDisagreement(metric) / expected
    }

    /// D_o = (1/n) Σ_c Σ_k o_ck δ²_ck.
    public func observedDisagreement(_ metric: Metric) -> Double {
        guard pairableCount > 0 else { return .nan }
        let delta = differences(metric)
        var sum = 0.0
        for c in values.indices {
            for k in values.indices { sum += coincidences[c][k] * delta[c][k] }
        }
        return sum / pairableCount
    }

    /// D_e = (1/(n(n − 1))) Σ_c Σ_k n_c n_k δ²_ck.
    public func expectedDisagreement(_ metric: Metric) -> Double {
        guard pairableCount > 1 else { return .nan }
        let delta = differences(metric)
        var sum = 0.0
        for c in values.indices {
            for k in values.indices { sum += marginals[c] * marginals[k] * delta[c][k] }
        }
        return sum / (pairableCount * (pairableCount - 1))
    }

    /// The matrix δ²_ck over ``values`` for a metric.
    public func differences(_ metric: Metric) -> [[Double]] {
        let m = values.count
        var delta = Array(repeating: Array(repeating: 0.0, count: m), count: m)
        for c in 0..<m {
            for k in 0..<m where k != c {
                let (x, y) = (values[c], values[k])
                switch metric {
                case .nominal:
                    delta[c][k] = 1
                case .interval:
                    delta[c][k] = (x - y) * (x - y)
                case .ratio:
                    delta[c][k] = x + y == 0 ? 0 : ((x - y) / (x + y)) * ((x - y) / (x + y))
                case .ordinal:
                    let range = min(c, k)...max(c, k)
                    let between = marginals[range].reduce(0, +) - (marginals[c] + marginals[k]) / 2
                    delta[c][k] = between * between
                }
            }
        }
        return delta
    }
}
