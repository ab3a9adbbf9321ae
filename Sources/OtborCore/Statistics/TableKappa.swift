/// κ for a candidates × assessors ratings table (Docs/Scoring.md §6, `otbor stats agreement`).
///
/// κ reads ratings as categories, so it needs a complete table of whole numbers. The categories
/// are every whole number from the lowest rating to the highest: one nobody used in between still
/// spaces the weights. With exactly two assessors it is Cohen's κ, unweighted, linear and
/// quadratic (F4); with three or more, Fleiss' κ (F5).
public struct TableKappa: Sendable, Hashable {
    /// Why κ cannot be computed for a table.
    public enum Unavailable: Error, Sendable, Hashable {
        /// This many ratings are missing.
        case missingRatings(Int)
        /// Some rating is not a whole number.
        case fractionalRatings
        /// The ratings span more than ``TableKappa/largestSpan`` points: too many to be categories.
        case tooManyCategories
    }

    /// The widest span of ratings read as categories (0…100 is 101 categories).
    public static let largestSpan = 100

    /// Every whole number from the lowest rating to the highest.
    public var categories: ClosedRange<Int>
    /// The number of assessors (columns).
    public var assessors: Int
    /// With two assessors, Cohen's κ by weighting; a weighting is absent where κ is undefined
    /// (both assessors used one and the same category throughout). Empty with three or more.
    public var cohen: [CohenKappa.Weighting: CohenKappa]
    /// With three or more assessors, Fleiss' κ; `nil` with two, or when undefined (every rating
    /// in one category).
    public var fleiss: FleissKappa?

    /// Cohen's κ is used, not Fleiss'.
    public var isCohen: Bool { assessors == 2 }

    public init(_ table: RatingsTable) throws(Unavailable) {
        guard let ratings = table.completeRatings else { throw .missingRatings(table.missingCount) }
        guard ratings.allSatisfy({ $0.allSatisfy { $0.rounded() == $0 && abs($0) <= 1e9 } }) else {
            throw .fractionalRatings
        }
        let whole = ratings.map { $0.map { Int($0) } }
        let values = whole.joined()
        let low = values.min() ?? 0, high = values.max() ?? 0
        guard high - low <= Self.largestSpan else { throw .tooManyCategories }
        categories = low...high
        assessors = table.assessors.count
        cohen = [:]
        fleiss = nil
        if assessors == 2 {
            let first = whole.map { $0[0] }, second = whole.map { $0[1] }
            for weighting in CohenKappa.Weighting.allCases {
                cohen[weighting] = CohenKappa(first, second, scale: categories, weighting: weighting)
            }
        } else {
            fleiss = FleissKappa(counts: whole.map { row in
                categories.map { category in row.filter { $0 == category }.count }
            })
        }
    }
}
