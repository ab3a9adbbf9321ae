import Foundation

/// Drift of one rater over sessions (§3.7, F8), from the series d_t of the rater's signed deviations
/// from the co-raters in session t = 1…T: an OLS trend with its t test, and a one-sided CUSUM
/// (Page 1954) that raises an alarm when the cumulative shift exceeds a threshold.
public struct RaterDrift: Sendable, Hashable {
    /// The OLS line d_t = intercept + slope·t.
    public struct Trend: Sendable, Hashable {
        /// Change in deviation per session.
        public var slope: Double
        public var intercept: Double
        /// Standard error of the slope.
        public var standardError: Double
        /// slope / standardError.
        public var t: Double
        /// T − 2.
        public var degreesOfFreedom: Int
        /// Two-sided p of t; NaN with fewer than 3 sessions.
        public var p: Double
    }

    /// Which drift the CUSUM watches for.
    public enum Direction: String, Sendable, Hashable {
        /// Growing leniency: S_t = max(0, S_{t−1} + d_t − k_ref).
        case upward
        /// Growing severity: S_t = max(0, S_{t−1} − d_t − k_ref).
        case downward
    }

    /// A one-sided CUSUM path and its first alarm.
    public struct CUSUM: Sendable, Hashable {
        /// The reference value k_ref (allowance) subtracted each session.
        public var reference: Double
        /// The decision threshold h; the alarm fires when S_t > h.
        public var threshold: Double
        public var direction: Direction
        /// S_1 … S_T.
        public var path: [Double]
        /// The first session (1-based) with S_t > h, or `nil`.
        public var alarmSession: Int?
    }

    /// The deviations d_1 … d_T.
    public let deviations: [Double]
    public let trend: Trend
    public let cusum: CUSUM

    /// Analyses a series of per-session deviations (defaults k_ref = 0.25, h = 1.0 scale points).
    public init(deviations: [Double], reference: Double = 0.25, threshold: Double = 1.0,
                direction: Direction = .upward) {
        self.deviations = deviations
        trend = Self.trend(deviations)
        var s = 0.0, path: [Double] = [], alarm: Int?
        for (index, d) in deviations.enumerated() {
            s = max(0, s + (direction == .upward ? d : -d) - reference)
            path.append(s)
            if alarm == nil && s > threshold { alarm = index + 1 }
        }
        cusum = CUSUM(reference: reference, threshold: threshold, direction: direction, path: path,
                      alarmSession: alarm)
    }

    private static func trend(_ d: [Double]) -> Trend {
        let count = d.count
        guard count >= 2 else {
            return Trend(slope: .nan, intercept: .nan, standardError: .nan, t: .nan, degreesOfFreedom: 0, p: .nan)
        }
        let n = Double(count)
        let meanT = (n + 1) / 2
        let meanD = d.reduce(0, +) / n
        var sxx = 0.0, sxy = 0.0
        for (index, value) in d.enumerated() {
            let x = Double(index + 1) - meanT
            sxx += x * x
            sxy += x * (value - meanD)
        }
        let slope = sxy / sxx
        let intercept = meanD - slope * meanT
        guard count >= 3 else {
            return Trend(slope: slope, intercept: intercept, standardError: .nan, t: .nan, degreesOfFreedom: 0, p: .nan)
        }
        var residuals = 0.0
        for (index, value) in d.enumerated() {
            let e = value - intercept - slope * Double(index + 1)
            residuals += e * e
        }
        let se = (residuals / (n - 2) / sxx).squareRoot()
        let t = slope / se
        return Trend(slope: slope, intercept: intercept, standardError: se, t: t, degreesOfFreedom: count - 2,
                     p: StudentTDistribution(n - 2).twoSidedP(t))
    }
}
