/// Independent ratings of one thing by several assessors, summarised with disagreement flags (F1).
public struct RatingAggregate: Sendable, Hashable, Codable {
    /// The ratings, in the order given; "not assessed" is never among them.
    public var ratings: [Double]
    public var mean: Double
    public var median: Double
    /// max − min.
    public var range: Double
    /// Sample variance (n − 1); 0 for a single rating.
    public var variance: Double
    /// r_wg against the uniform null distribution of the scale, truncated at 0.
    public var rwg: Double
    /// Average absolute deviation from the mean.
    public var adM: Double
    /// Range of 2 points or more.
    public var rangeFlag: Bool
    /// AD_M above A/6 (0.833 on a 5-point scale).
    public var adFlag: Bool

    /// `nil` when there is no rating.
    public init?(_ ratings: [Double], scalePoints: Int = RatingScale.points) {
        guard !ratings.isEmpty else { return nil }
        let k = Double(ratings.count)
        let mean = ratings.reduce(0, +) / k
        let low = ratings.min()!, high = ratings.max()!
        self.ratings = ratings
        self.mean = mean
        // Panels of up to three need no sorted copy: stages are scored a hundred times per candidate.
        switch ratings.count {
        case 1: median = ratings[0]
        case 2: median = (ratings[0] + ratings[1]) / 2
        case 3: median = ratings[0] + ratings[1] + ratings[2] - low - high
        default:
            let sorted = ratings.sorted()
            let middle = sorted.count / 2
            median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }
        range = high - low
        variance = ratings.count > 1 ? ratings.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (k - 1) : 0
        let uniformVariance = Double(scalePoints * scalePoints - 1) / 12
        rwg = max(0, 1 - variance / uniformVariance)
        adM = ratings.reduce(0) { $0 + abs($1 - mean) } / k
        rangeFlag = range >= 2
        adFlag = adM > Double(scalePoints) / 6
    }

    /// Sample standard deviation.
    public var standardDeviation: Double { variance.squareRoot() }
    /// Standard error of the mean, s/√k.
    public var standardError: Double { standardDeviation / Double(ratings.count).squareRoot() }
    /// Whether assessors disagree enough to need a consensus discussion.
    public var isFlagged: Bool { rangeFlag || adFlag }
}
