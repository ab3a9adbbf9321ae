import Foundation

/// The six intraclass correlations of Shrout & Fleiss (1979) for a complete n × k table
/// (n targets — candidates — rated by the same k judges — assessors), from a two-way ANOVA
/// without replication, with F-based confidence intervals (McGraw & Wong 1996).
public struct IntraclassCorrelation: Sendable, Hashable {
    /// A Shrout–Fleiss form; `rawValue` is the name used in reports and JSON.
    public enum Form: String, Sendable, Hashable, CaseIterable {
        /// One-way random, single rating.
        case icc1 = "ICC1"
        /// Two-way random, absolute agreement, single rating.
        case icc2 = "ICC2"
        /// Two-way mixed, consistency, single rating.
        case icc3 = "ICC3"
        /// One-way random, mean of k ratings.
        case icc1k = "ICC1k"
        /// Two-way random, absolute agreement, mean of k ratings.
        case icc2k = "ICC2k"
        /// Two-way mixed, consistency, mean of k ratings (= Cronbach's α).
        case icc3k = "ICC3k"

        /// `true` for the forms about the mean of the k ratings.
        public var isAverage: Bool { [.icc1k, .icc2k, .icc3k].contains(self) }
    }

    /// A point value with its confidence interval.
    public struct Estimate: Sendable, Hashable {
        public var value: Double
        public var lower: Double
        public var upper: Double
    }

    /// An F test with its degrees of freedom and upper-tail p-value.
    public struct FTest: Sendable, Hashable {
        public var statistic: Double
        public var numeratorDF: Double
        public var denominatorDF: Double
        public var p: Double
    }

    /// Why a table cannot be analysed.
    public enum InputError: Error, Sendable, Hashable {
        /// Fewer than 2 targets or fewer than 2 judges.
        case tooSmall(targets: Int, judges: Int)
        /// A row whose length differs from the first row's.
        case ragged(row: Int, count: Int, expected: Int)
        /// A NaN or infinite rating.
        case notFinite(row: Int, column: Int)
    }

    /// Number of targets n (rows).
    public let targets: Int
    /// Number of judges k (columns).
    public let judges: Int
    public let grandMean: Double
    public let rowMeans: [Double]
    public let columnMeans: [Double]
    public let ssTotal: Double
    public let ssRows: Double
    public let ssColumns: Double
    public let ssError: Double
    public let ssWithin: Double
    /// Between-targets mean square SS_rows/(n − 1).
    public let bms: Double
    /// Within-targets mean square SS_within/(n(k − 1)) (one-way model).
    public let wms: Double
    /// Between-judges mean square SS_cols/(k − 1).
    public let jms: Double
    /// Residual mean square SS_err/((n − 1)(k − 1)).
    public let ems: Double

    /// Analyses a complete table: `ratings[i][j]` is judge j's rating of target i.
    public init(_ ratings: [[Double]]) throws(InputError) {
        let n = ratings.count, k = ratings.first?.count ?? 0
        guard n >= 2, k >= 2 else { throw .tooSmall(targets: n, judges: k) }
        for (i, row) in ratings.enumerated() {
            guard row.count == k else { throw .ragged(row: i, count: row.count, expected: k) }
            if let j = row.firstIndex(where: { !$0.isFinite }) { throw .notFinite(row: i, column: j) }
        }
        let (nd, kd) = (Double(n), Double(k))
        let mean = ratings.joined().reduce(0, +) / (nd * kd)
        let rows = ratings.map { $0.reduce(0, +) / kd }
        let columns = (0..<k).map { j in ratings.reduce(0) { $0 + $1[j] } / nd }
        func squares(_ values: [Double]) -> Double { values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } }
        targets = n
        judges = k
        grandMean = mean
        rowMeans = rows
        columnMeans = columns
        ssTotal = squares(Array(ratings.joined()))
        ssRows = kd * squares(rows)
        ssColumns = nd * squares(columns)
        // The residual is summed directly, not by subtraction, to avoid cancellation.
        var residual = 0.0
        for i in 0..<n {
            for j in 0..<k {
                let e = ratings[i][j] - rows[i] - columns[j] + mean
                residual += e * e
            }
        }
        ssError = residual
        ssWithin = ssTotal - ssRows
        bms = ssRows / (nd - 1)
        wms = ssWithin / (nd * (kd - 1))
        jms = ssColumns / (kd - 1)
        ems = ssError / ((nd - 1) * (kd - 1))
    }

    /// The point value of a form.
    public func value(_ form: Form) -> Double {
        let (n, k) = (Double(targets), Double(judges))
        switch form {
        case .icc1: return (bms - wms) / (bms + (k - 1) * wms)
        case .icc2: return (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n)
        case .icc3: return (bms - ems) / (bms + (k - 1) * ems)
        case .icc1k: return (bms - wms) / bms
        case .icc2k: return (bms - ems) / (bms + (jms - ems) / n)
        case .icc3k: return (bms - ems) / bms
        }
    }

    /// The point value and its F-based confidence interval (`confidence` 0.95 by default).
    public func estimate(_ form: Form, confidence: Double = 0.95) -> Estimate {
        precondition(confidence > 0 && confidence < 1, "confidence must be between 0 and 1")
        let (n, k) = (Double(targets), Double(judges))
        let q = 1 - (1 - confidence) / 2
        let bounds: (Double, Double)
        switch form {
        case .icc1, .icc1k:
            let (low, high) = Self.fBounds(bms / wms, n - 1, n * (k - 1), q)
            bounds = form == .icc1 ? (Self.single(low, k), Self.single(high, k)) : (Self.average(low), Self.average(high))
        case .icc3, .icc3k:
            let (low, high) = Self.fBounds(bms / ems, n - 1, (n - 1) * (k - 1), q)
            bounds = form == .icc3 ? (Self.single(low, k), Self.single(high, k)) : (Self.average(low), Self.average(high))
        case .icc2, .icc2k:
            let (low, high) = absoluteAgreementBounds(q)
            bounds = form == .icc2 ? (low, high) : (Self.spearmanBrown(low, raters: k), Self.spearmanBrown(high, raters: k))
        }
        return Estimate(value: value(form), lower: bounds.0, upper: bounds.1)
    }

    /// Every form with its interval.
    public func estimates(confidence: Double = 0.95) -> [Form: Estimate] {
        Dictionary(uniqueKeysWithValues: Form.allCases.map { ($0, estimate($0, confidence: confidence)) })
    }

    /// The judge main effect F = JMS/EMS with df (k − 1, (n − 1)(k − 1)): systematic differences
    /// between assessors (leniency and severity).
    public var judgeEffect: FTest {
        let (n, k) = (Double(targets), Double(judges))
        let (f, df1, df2) = (jms / ems, k - 1, (n - 1) * (k - 1))
        return FTest(statistic: f, numeratorDF: df1, denominatorDF: df2, p: FDistribution(df1, df2).pValue(f))
    }

    /// Spearman–Brown prophecy: the reliability of the mean of `k` ratings whose single-rating
    /// reliability is `r`, k·r / (1 + (k − 1)·r).
    public static func spearmanBrown(_ r: Double, raters k: Double) -> Double {
        k * r / (1 + (k - 1) * r)
    }

    /// The (fractional) number of raters whose mean reaches `target` reliability, given the
    /// single-rating reliability `r`: ρ*(1 − r) / (r(1 − ρ*)). Infinite when r ≤ 0.
    public static func ratersNeeded(singleRater r: Double, target: Double) -> Double {
        precondition(target > 0 && target < 1, "the target reliability must be between 0 and 1")
        guard r > 0 else { return .infinity }
        return target * (1 - r) / (r * (1 - target))
    }

    /// The whole number of raters needed: ``ratersNeeded(singleRater:target:)`` rounded up
    /// (at least 1); `nil` when no number of raters reaches the target (r ≤ 0).
    public static func wholeRatersNeeded(singleRater r: Double, target: Double) -> Int? {
        let k = ratersNeeded(singleRater: r, target: target)
        guard k.isFinite else { return nil }
        // A hair of tolerance so that an exact integer such as 3.0000000000000004 stays 3.
        return max(1, Int((k - 1e-9).rounded(.up)))
    }

    // MARK: - Interval helpers

    /// F_L = F/F_q(df₁, df₂) and F_U = F·F_q(df₂, df₁).
    private static func fBounds(_ f: Double, _ df1: Double, _ df2: Double, _ q: Double) -> (Double, Double) {
        (f / FDistribution(df1, df2).quantile(q), f * FDistribution(df2, df1).quantile(q))
    }

    /// (F − 1)/(F + k − 1), the single-rating bound from an F bound (1 when F is infinite).
    private static func single(_ f: Double, _ k: Double) -> Double {
        f.isInfinite ? 1 : (f - 1) / (f + k - 1)
    }

    /// 1 − 1/F, the average-rating bound from an F bound.
    private static func average(_ f: Double) -> Double {
        1 - 1 / f
    }

    /// The ICC(2,1) interval with Satterthwaite degrees of freedom v (McGraw & Wong 1996).
    private func absoluteAgreementBounds(_ q: Double) -> (Double, Double) {
        let (n, k) = (Double(targets), Double(judges))
        let v = satterthwaiteDF
        guard v.isFinite, v > 0 else {
            // Only when ICC(2,1) is 1 (no error and no judge variance) or undefined (no variance at all).
            return value(.icc2) == 1 ? (1, 1) : (.nan, .nan)
        }
        let fStar = FDistribution(n - 1, v).quantile(q)
        let fStarStar = FDistribution(v, n - 1).quantile(q)
        let shared = k * jms + (k * n - k - n) * ems
        let low = n * (bms - fStar * ems) / (fStar * shared + n * bms)
        let high = n * (fStarStar * bms - ems) / (shared + n * fStarStar * bms)
        return (low, high)
    }

    /// The Satterthwaite degrees of freedom v of the ICC(2,1) interval.
    public var satterthwaiteDF: Double {
        let (n, k) = (Double(targets), Double(judges))
        let rho = value(.icc2)
        let a = k * rho / (n * (1 - rho))
        let b = 1 + k * rho * (n - 1) / (n * (1 - rho))
        let numerator = (a * jms + b * ems) * (a * jms + b * ems)
        let denominator = (a * jms) * (a * jms) / (k - 1) + (b * ems) * (b * ems) / ((n - 1) * (k - 1))
        return numerator / denominator
    }
}
