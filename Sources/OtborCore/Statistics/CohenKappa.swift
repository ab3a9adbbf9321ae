/// Cohen's κ for two raters, unweighted (Cohen 1960) or weighted (Cohen 1968).
///
/// κ = (p_o − p_e)/(1 − p_e). The weighted form uses disagreement weights w_ij, linear
/// |i − j|/(K − 1) or quadratic ((i − j)/(K − 1))², and κ_w = 1 − Σ w_ij o_ij / Σ w_ij e_ij with
/// e_ij = row_i · col_j / N. ``observedAgreement`` and ``expectedAgreement`` are then the
/// weighted agreements Σ (1 − w_ij) o_ij / N and Σ (1 − w_ij) e_ij / N, so the first formula holds
/// for every weighting. Weighted κ needs ordered categories; quadratic κ_w approximates an ICC.
public struct CohenKappa: Sendable, Hashable, Codable {
    /// How disagreements between categories i and j are weighted.
    public enum Weighting: String, Sendable, Hashable, Codable, CaseIterable {
        /// Every disagreement counts fully (nominal categories).
        case unweighted
        /// w_ij = |i − j|/(K − 1).
        case linear
        /// w_ij = ((i − j)/(K − 1))².
        case quadratic

        /// The disagreement weight of categories `i` and `j` (0-based) on a `k`-category scale.
        public func weight(_ i: Int, _ j: Int, categories k: Int) -> Double {
            if i == j { return 0 }
            switch self {
            case .unweighted: return 1
            case .linear: return Double(abs(i - j)) / Double(k - 1)
            case .quadratic:
                let d = Double(i - j) / Double(k - 1)
                return d * d
            }
        }
    }

    public var weighting: Weighting
    /// K, the number of categories (rows and columns of the table).
    public var categoryCount: Int
    /// N, the number of subjects both raters rated.
    public var subjectCount: Int
    /// p_o, the (weighted) observed agreement.
    public var observedAgreement: Double
    /// p_e, the (weighted) agreement expected by chance from the marginals.
    public var expectedAgreement: Double
    /// κ or κ_w.
    public var kappa: Double

    /// κ from a K × K contingency table: `table[i][j]` subjects put in category i by rater 1 and
    /// j by rater 2, categories in scale order. `nil` when the table is not square, has fewer than
    /// two categories, a negative count or no subjects, or when κ is undefined (p_e = 1: both
    /// raters used one and the same category throughout).
    public init?(table: [[Int]], weighting: Weighting = .unweighted) {
        let k = table.count
        guard k >= 2, table.allSatisfy({ $0.count == k && $0.allSatisfy { $0 >= 0 } }) else { return nil }
        let n = table.reduce(0) { $0 + $1.reduce(0, +) }
        guard n > 0 else { return nil }
        let total = Double(n)
        let rows = table.map { Double($0.reduce(0, +)) }
        let columns = (0..<k).map { j in Double(table.reduce(0) { $0 + $1[j] }) }
        var observedDisagreement = 0.0, expectedDisagreement = 0.0
        for i in 0..<k {
            for j in 0..<k {
                let w = weighting.weight(i, j, categories: k)
                observedDisagreement += w * Double(table[i][j]) / total
                expectedDisagreement += w * rows[i] * columns[j] / (total * total)
            }
        }
        guard expectedDisagreement > 0 else { return nil }
        self.weighting = weighting
        categoryCount = k
        subjectCount = n
        observedAgreement = 1 - observedDisagreement
        expectedAgreement = 1 - expectedDisagreement
        kappa = 1 - observedDisagreement / expectedDisagreement
    }

    /// κ from two raters' ratings of the same subjects, `categories` listing every category of
    /// the scale in order (categories nobody used still count for the weights). `nil` when the
    /// lists differ in length or are empty, a rating is not in `categories`, or as for
    /// ``init(table:weighting:)``.
    public init?<Category: Hashable>(
        _ rater1: [Category], _ rater2: [Category], categories: [Category], weighting: Weighting = .unweighted
    ) {
        guard rater1.count == rater2.count, !rater1.isEmpty, Set(categories).count == categories.count else { return nil }
        let index = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
        var table = Array(repeating: Array(repeating: 0, count: categories.count), count: categories.count)
        for (a, b) in zip(rater1, rater2) {
            guard let i = index[a], let j = index[b] else { return nil }
            table[i][j] += 1
        }
        self.init(table: table, weighting: weighting)
    }

    /// κ from two raters' ratings on an integer scale such as 1...5 (the whole scale counts for
    /// the weights, used or not).
    public init?(_ rater1: [Int], _ rater2: [Int], scale: ClosedRange<Int>, weighting: Weighting = .unweighted) {
        self.init(rater1, rater2, categories: Array(scale), weighting: weighting)
    }
}
