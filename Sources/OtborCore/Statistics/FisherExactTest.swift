import Foundation

/// Fisher's exact test on a 2 × 2 table [[a, b], [c, d]] with its margins fixed.
public enum FisherExactTest {
    /// Relative slack when comparing a table's probability with the observed one, so that
    /// tables exactly as likely as the observed one are not lost to rounding (as in SciPy).
    public static let relativeTolerance = 1e-7

    /// The two-sided p-value: the summed hypergeometric probability of every table with the
    /// same margins that is no more likely than the observed one. Probabilities are computed
    /// from log-factorials, so large counts do not overflow. Counts must not be negative.
    public static func twoSidedP(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Double {
        precondition(a >= 0 && b >= 0 && c >= 0 && d >= 0, "Fisher's exact test needs counts ≥ 0")
        let row1 = a + b, row2 = c + d, column1 = a + c
        let low = max(0, column1 - row2), high = min(row1, column1)
        guard low < high else { return 1 }
        let observed = logProbability(a, row1: row1, row2: row2, column1: column1)
        let threshold = observed + log1p(relativeTolerance)
        var p = 0.0
        for x in low...high {
            let logP = logProbability(x, row1: row1, row2: row2, column1: column1)
            if logP <= threshold { p += exp(logP) }
        }
        return min(1, p)
    }

    /// ln P(a = x) = ln C(row1, x) + ln C(row2, column1 − x) − ln C(row1 + row2, column1).
    static func logProbability(_ x: Int, row1: Int, row2: Int, column1: Int) -> Double {
        logChoose(row1, x) + logChoose(row2, column1 - x) - logChoose(row1 + row2, column1)
    }

    static func logChoose(_ n: Int, _ k: Int) -> Double {
        logFactorial(n) - logFactorial(k) - logFactorial(n - k)
    }

    static func logFactorial(_ n: Int) -> Double {
        SpecialFunctions.logGamma(Double(n) + 1)
    }
}
