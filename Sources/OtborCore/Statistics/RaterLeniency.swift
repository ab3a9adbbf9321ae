import Foundation

/// Leniency and severity of each rater (§3.6, F7): how far a rater's ratings sit from the mean of
/// the other raters on the same candidates, with a one-sample t test of that shift.
///
/// For rater j, d_ij = x_ij − (mean of the other raters on candidate i), over the candidates i that j
/// rated and at least one other rater rated too; L_j = mean d_ij; t = L_j / (s_d/√n_j), df n_j − 1.
/// A rater is flagged when |L_j| ≥ ``minimumShift`` and p < ``significance``.
public struct RaterLeniency: Sendable, Hashable {
    /// Which way a flagged rater leans.
    public enum Direction: String, Sendable, Hashable {
        /// Rates higher than the other raters.
        case lenient
        /// Rates lower than the other raters.
        case severe
    }

    /// One rater's statistics.
    public struct Rater: Sendable, Hashable {
        /// Column of the rater in the ratings table.
        public var index: Int
        /// n_j, the candidates this rater shares with at least one other rater.
        public var count: Int
        /// The rater's mean rating minus the mean of every rating in the table.
        public var meanOffset: Double
        /// L_j, the mean signed deviation from the other raters.
        public var leniency: Double
        /// s_d, the sample SD of the deviations (n_j − 1 denominator).
        public var deviationSD: Double
        /// t = L_j / (s_d/√n_j).
        public var t: Double
        /// n_j − 1.
        public var degreesOfFreedom: Int
        /// Two-sided p of t.
        public var p: Double
        /// Set when |L_j| ≥ the minimum shift and p < the significance level.
        public var flag: Direction?

        /// `true` when the rater is flagged as lenient or severe.
        public var isFlagged: Bool { flag != nil }
    }

    /// The smallest |L_j| worth flagging, in scale points.
    public let minimumShift: Double
    /// The p-value below which a shift counts.
    public let significance: Double
    /// One entry per column of the table.
    public let raters: [Rater]

    /// Analyses a candidates × raters table; `nil` is a missing rating and is skipped.
    public init(ratings: [[Double?]], minimumShift: Double = 0.5, significance: Double = 0.05) {
        self.minimumShift = minimumShift
        self.significance = significance
        let columns = ratings.map(\.count).max() ?? 0
        let present = ratings.joined().compactMap { $0 }
        let grandMean = present.reduce(0, +) / Double(present.count)
        raters = (0..<columns).map { j in
            var deviations: [Double] = []
            var own: [Double] = []
            for row in ratings {
                guard j < row.count, let x = row[j] else { continue }
                own.append(x)
                let others = row.indices.filter { $0 != j }.compactMap { row[$0] }
                guard !others.isEmpty else { continue }
                deviations.append(x - others.reduce(0, +) / Double(others.count))
            }
            return Self.rater(index: j, deviations: deviations,
                              meanOffset: own.reduce(0, +) / Double(own.count) - grandMean,
                              minimumShift: minimumShift, significance: significance)
        }
    }

    /// The raters flagged as lenient or severe.
    public var flagged: [Rater] { raters.filter(\.isFlagged) }

    private static func rater(index: Int, deviations: [Double], meanOffset: Double,
                              minimumShift: Double, significance: Double) -> Rater {
        let n = deviations.count
        let mean = deviations.reduce(0, +) / Double(n)
        guard n >= 2 else {
            return Rater(index: index, count: n, meanOffset: meanOffset, leniency: mean, deviationSD: .nan,
                         t: .nan, degreesOfFreedom: max(n - 1, 0), p: .nan, flag: nil)
        }
        let variance = deviations.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let sd = variance.squareRoot()
        let t = mean / (sd / Double(n).squareRoot())
        let p = StudentTDistribution(Double(n - 1)).twoSidedP(t)
        var flag: Direction?
        if abs(mean) >= minimumShift && p < significance {
            flag = mean > 0 ? .lenient : .severe
        }
        return Rater(index: index, count: n, meanOffset: meanOffset, leniency: mean, deviationSD: sd,
                     t: t, degreesOfFreedom: n - 1, p: p, flag: flag)
    }
}
