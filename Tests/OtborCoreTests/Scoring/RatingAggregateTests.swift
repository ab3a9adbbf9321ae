import Testing
import OtborCore

struct RatingAggregateTests {
    struct Vector: Sendable, CustomTestStringConvertible {
        var ratings: [Double]
        var mean, median, range, variance, rwg, adM: Double
        var rangeFlag, adFlag: Bool
        var testDescription: String { "\(ratings)" }
    }

    /// Assessment-science F1.
    static let vectors = [
        Vector(ratings: [4, 4, 5], mean: 4.333333, median: 4, range: 1, variance: 0.333333, rwg: 0.833333, adM: 0.444444, rangeFlag: false, adFlag: false),
        Vector(ratings: [4, 4, 1], mean: 3, median: 4, range: 3, variance: 3, rwg: 0, adM: 1.333333, rangeFlag: true, adFlag: true),
        Vector(ratings: [3, 4, 5], mean: 4, median: 4, range: 2, variance: 1, rwg: 0.5, adM: 0.666667, rangeFlag: true, adFlag: false),
        Vector(ratings: [2, 3, 4, 5], mean: 3.5, median: 3.5, range: 3, variance: 1.666667, rwg: 0.166667, adM: 1, rangeFlag: true, adFlag: true),
    ]

    /// Panels of one to five in no particular order: the median and range of the small panels are
    /// computed without sorting, the larger ones by sorting (worked by hand).
    static let unordered = [
        Vector(ratings: [3], mean: 3, median: 3, range: 0, variance: 0, rwg: 1, adM: 0, rangeFlag: false, adFlag: false),
        Vector(ratings: [5, 2], mean: 3.5, median: 3.5, range: 3, variance: 4.5, rwg: 0, adM: 1.5, rangeFlag: true, adFlag: true),
        Vector(ratings: [5, 1, 3], mean: 3, median: 3, range: 4, variance: 4, rwg: 0, adM: 1.333333, rangeFlag: true, adFlag: true),
        Vector(ratings: [2, 5, 4], mean: 3.666667, median: 4, range: 3, variance: 2.333333, rwg: 0, adM: 1.111111, rangeFlag: true, adFlag: true),
        Vector(ratings: [4, 2, 5, 3, 4], mean: 3.6, median: 4, range: 3, variance: 1.3, rwg: 0.35, adM: 0.88, rangeFlag: true, adFlag: true),
    ]

    @Test("F1: mean, median, range, s², r_wg, AD_M and the two flags", arguments: vectors + unordered)
    func f1(_ vector: Vector) throws {
        let aggregate = try #require(RatingAggregate(vector.ratings))
        #expect(abs(aggregate.mean - vector.mean) < 1e-6)
        #expect(aggregate.median == vector.median)
        #expect(aggregate.range == vector.range)
        #expect(abs(aggregate.variance - vector.variance) < 1e-6)
        #expect(abs(aggregate.rwg - vector.rwg) < 1e-6)
        #expect(abs(aggregate.adM - vector.adM) < 1e-6)
        #expect(aggregate.rangeFlag == vector.rangeFlag)
        #expect(aggregate.adFlag == vector.adFlag)
    }

    @Test("no ratings, no aggregate")
    func empty() {
        #expect(RatingAggregate([]) == nil)
    }
}
