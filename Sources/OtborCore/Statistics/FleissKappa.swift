/// Fleiss' κ (Fleiss 1971) for N subjects each put into one of k categories by n raters.
///
/// P_i = (Σ_j n_ij² − n)/(n(n − 1)); P̄ = mean P_i; p_j = Σ_i n_ij/(N n); P̄_e = Σ_j p_j²;
/// κ = (P̄ − P̄_e)/(1 − P̄_e). The raters need not be the same people for every subject.
public struct FleissKappa: Sendable, Hashable, Codable {
    /// N, the number of subjects.
    public var subjectCount: Int
    /// n, the number of ratings of every subject.
    public var raterCount: Int
    /// k, the number of categories.
    public var categoryCount: Int
    /// P_i, the agreement among the ratings of each subject.
    public var subjectAgreement: [Double]
    /// p_j, the share of all ratings that fell in each category.
    public var categoryProportions: [Double]
    /// P̄, the mean observed agreement.
    public var meanAgreement: Double
    /// P̄_e, the agreement expected by chance.
    public var expectedAgreement: Double
    /// κ.
    public var kappa: Double

    /// κ from a subjects × categories matrix: `counts[i][j]` raters put subject i in category j.
    /// `nil` when the matrix is empty or ragged, a count is negative, subjects have different
    /// numbers of ratings or fewer than two, or κ is undefined (every rating in one category).
    public init?(counts: [[Int]]) {
        guard let first = counts.first, first.count >= 1 else { return nil }
        let k = first.count
        let n = first.reduce(0, +)
        guard n >= 2, counts.allSatisfy({ $0.count == k && $0.allSatisfy { $0 >= 0 } && $0.reduce(0, +) == n })
        else { return nil }
        let subjects = Double(counts.count), raters = Double(n)
        let agreement = counts.map { row in
            (Double(row.reduce(0) { $0 + $1 * $1 }) - raters) / (raters * (raters - 1))
        }
        let proportions = (0..<k).map { j in Double(counts.reduce(0) { $0 + $1[j] }) / (subjects * raters) }
        let mean = agreement.reduce(0, +) / subjects
        let expected = proportions.reduce(0) { $0 + $1 * $1 }
        guard expected < 1 else { return nil }
        subjectCount = counts.count
        raterCount = n
        categoryCount = k
        subjectAgreement = agreement
        categoryProportions = proportions
        meanAgreement = mean
        expectedAgreement = expected
        kappa = (mean - expected) / (1 - expected)
    }
}
