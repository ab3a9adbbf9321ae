/// A candidates × assessors ratings table: a label per candidate, a column per assessor, a rating
/// or a gap in every cell. Reading it from CSV is `OtborLoading`'s `RatingsCSV`.
public struct RatingsTable: Sendable, Hashable {
    /// The header of the label column.
    public var labelHeader: String
    /// Assessor names, one per rating column.
    public var assessors: [String]
    /// Candidate labels, one per row.
    public var candidates: [String]
    /// `ratings[i][j]`: assessor j's rating of candidate i, `nil` when missing.
    public var ratings: [[Double?]]

    public init(labelHeader: String = "", assessors: [String], candidates: [String], ratings: [[Double?]]) {
        self.labelHeader = labelHeader
        self.assessors = assessors
        self.candidates = candidates
        self.ratings = ratings
    }

    /// The number of missing ratings.
    public var missingCount: Int { ratings.reduce(0) { $0 + $1.filter { $0 == nil }.count } }

    /// The ratings as a complete matrix, or `nil` when any rating is missing.
    public var completeRatings: [[Double]]? {
        var matrix: [[Double]] = []
        for row in ratings {
            let values = row.compactMap { $0 }
            guard values.count == row.count else { return nil }
            matrix.append(values)
        }
        return matrix
    }
}
