/// Verbal interpretation bands for agreement statistics (pure functions).
///
/// A value within ``AgreementBand/boundaryTolerance`` of a cut-off counts as on it, so that
/// a computed 0.7499999999 is read as the 0.75 it stands for. All functions return `nil` for NaN.
public enum AgreementBand {
    /// Rounding slack at the cut-offs.
    public static let boundaryTolerance = 1e-9

    /// Koo & Li (2016) bands for an ICC: < .50 poor, [.50, .75) moderate, [.75, .90) good,
    /// ≥ .90 excellent (the `effectsize::interpret_icc` convention).
    public enum KooLi: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case poor, moderate, good, excellent

        public static func < (lhs: KooLi, rhs: KooLi) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Landis & Koch (1977) bands for κ: < 0 poor, ≤ .20 slight, ≤ .40 fair, ≤ .60 moderate,
    /// ≤ .80 substantial, > .80 almost perfect.
    public enum LandisKoch: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case poor, slight, fair, moderate, substantial
        case almostPerfect = "almost-perfect"

        public static func < (lhs: LandisKoch, rhs: LandisKoch) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Krippendorff (2004) bands for α: ≥ .800 reliable, [.667, .800) tentative, < .667 unreliable.
    public enum Krippendorff: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case unreliable, tentative, reliable

        public static func < (lhs: Krippendorff, rhs: Krippendorff) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Koo & Li's reading of a confidence interval: Koo & Li judge an ICC by its 95 % CI, and
    /// when the bounds fall in different bands the result is inconclusive, spanning both.
    public struct KooLiInterval: Sendable, Hashable, Codable, CustomStringConvertible {
        /// `conclusive` when both bounds fall in one band, otherwise `inconclusive`.
        public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
            case conclusive, inconclusive
        }

        public var verdict: Verdict
        /// The band of the lower bound.
        public var lower: KooLi
        /// The band of the upper bound.
        public var upper: KooLi

        public init(lower: KooLi, upper: KooLi) {
            self.lower = min(lower, upper)
            self.upper = max(lower, upper)
            verdict = lower == upper ? .conclusive : .inconclusive
        }

        /// The band when the interval is conclusive.
        public var band: KooLi? { verdict == .conclusive ? lower : nil }

        /// `good`, or `inconclusive (poor…good)`.
        public var description: String {
            band?.rawValue ?? "inconclusive (\(lower.rawValue)…\(upper.rawValue))"
        }
    }

    /// The Koo & Li band of an ICC point value.
    public static func kooLi(_ icc: Double) -> KooLi? {
        guard !icc.isNaN else { return nil }
        let x = icc + boundaryTolerance
        if x < 0.50 { return .poor }
        if x < 0.75 { return .moderate }
        if x < 0.90 { return .good }
        return .excellent
    }

    /// The Koo & Li reading of an ICC confidence interval [lower, upper] (bounds in either order).
    public static func kooLi(lower: Double, upper: Double) -> KooLiInterval? {
        guard let low = kooLi(lower), let high = kooLi(upper) else { return nil }
        return KooLiInterval(lower: low, upper: high)
    }

    /// The Landis & Koch band of κ.
    public static func landisKoch(_ kappa: Double) -> LandisKoch? {
        guard !kappa.isNaN else { return nil }
        let x = kappa - boundaryTolerance
        if kappa + boundaryTolerance < 0 { return .poor }
        if x <= 0.20 { return .slight }
        if x <= 0.40 { return .fair }
        if x <= 0.60 { return .moderate }
        if x <= 0.80 { return .substantial }
        return .almostPerfect
    }

    /// The Krippendorff band of α.
    public static func krippendorff(_ alpha: Double) -> Krippendorff? {
        guard !alpha.isNaN else { return nil }
        let x = alpha + boundaryTolerance
        if x < 0.667 { return .unreliable }
        if x < 0.800 { return .tentative }
        return .reliable
    }
}
