import Testing
import OtborCore

struct RaterLeniencyTests {
    @Test("F7 on the complete F2 panel", arguments: [
        (0, 2.375000, 3.166667, 1.069787, 7.2507, 0.000779, RaterLeniency.Direction.lenient),
        (1, -2.791667, -3.722222, 0.904720, -10.0778, 0.000165, .severe),
        (2, -0.958333, -1.277778, 0.952579, -3.2857, 0.021816, .severe),
        (3, 1.375000, 1.833333, 1.602082, 2.8031, 0.037857, .lenient),
    ])
    func complete(_ j: Int, _ offset: Double, _ leniency: Double, _ sd: Double, _ t: Double, _ p: Double,
                  _ flag: RaterLeniency.Direction) {
        let rater = RaterLeniency(ratings: shroutFleiss.map { $0.map { Optional($0) } }).raters[j]
        #expect(rater.index == j && rater.count == 6 && rater.degreesOfFreedom == 5)
        #expect(abs(rater.meanOffset - offset) < 1e-6)
        #expect(abs(rater.leniency - leniency) < 1e-6)
        #expect(abs(rater.deviationSD - sd) < 1e-6)
        #expect(abs(rater.t - t) < 5e-4)
        #expect(abs(rater.p - p) < 1e-6)
        #expect(rater.flag == flag)
        // In a complete panel L_j = k/(k − 1)·(x̄_j − x̄).
        #expect(abs(rater.leniency - 4.0 / 3 * rater.meanOffset) < 1e-12)
    }

    @Test("F7: all four raters are flagged")
    func allFlagged() {
        let leniency = RaterLeniency(ratings: shroutFleiss.map { $0.map { Optional($0) } })
        #expect(leniency.flagged.map(\.index) == [0, 1, 2, 3])
        #expect(leniency.raters.map(\.flag) == [.lenient, .severe, .severe, .lenient])
    }

    @Test("incomplete panel: missing ratings and lone ratings are skipped (expected values from scipy)", arguments: [
        (0, 5, 2.9333333333333336, 1.4794894014114763, 4.433375952366931, 0.01139219044820751),
        (1, 5, -3.8, 1.0233387622005834, -8.30327026431322, 0.0011489068365068188),
        (2, 6, -1.4166666666666667, 0.7870479302078398, -4.40902051292666, 0.006962937786724303),
        (3, 5, 2.566666666666667, 0.939858145324779, 6.106497210029711, 0.0036397358979078118),
    ])
    func incomplete(_ j: Int, _ count: Int, _ leniency: Double, _ sd: Double, _ t: Double, _ p: Double) {
        var ratings = shroutFleiss.map { $0.map { Optional($0) } }
        ratings[1][3] = nil
        ratings[4][0] = nil
        ratings[2][1] = nil
        ratings.append([nil, 3, nil, nil])  // nobody to compare with: skipped
        let rater = RaterLeniency(ratings: ratings).raters[j]
        #expect(rater.count == count && rater.degreesOfFreedom == count - 1)
        #expect(abs(rater.leniency - leniency) < 1e-12)
        #expect(abs(rater.deviationSD - sd) < 1e-12)
        #expect(abs(rater.t - t) < 1e-10)
        #expect(abs(rater.p - p) < 1e-10)
        #expect(rater.isFlagged)
    }

    @Test("the rule needs both |L| ≥ 0.5 and p < .05")
    func rule() {
        // Rater 0 is consistently 0.3 above the others: significant, but too small to flag.
        let small = RaterLeniency(ratings: [[3.3, 3], [4.3, 4], [2.3, 2], [3.4, 3]])
        #expect(small.raters[0].p < 0.05 && !small.raters[0].isFlagged)
        // Rater 0 is far off on average but erratic: large, but not significant.
        let erratic = RaterLeniency(ratings: [[5, 1], [1, 4], [5, 2], [2, 3]])
        #expect(abs(erratic.raters[0].leniency) >= 0.5 && erratic.raters[0].p >= 0.05 && !erratic.raters[0].isFlagged)
        // Custom thresholds.
        let strict = RaterLeniency(ratings: shroutFleiss.map { $0.map { Optional($0) } }, minimumShift: 2, significance: 0.01)
        #expect(strict.flagged.map(\.index) == [0, 1])
    }

    @Test("a rater with fewer than two comparable ratings gets no test and no flag")
    func tooFew() {
        let leniency = RaterLeniency(ratings: [[1, 5, nil], [2, 3, 4], [3, nil, 5]])
        #expect(leniency.raters[2].count == 2)
        let lone = RaterLeniency(ratings: [[1, 5, nil], [2, 3, nil], [3, 4, 5]]).raters[2]
        #expect(lone.count == 1 && lone.p.isNaN && !lone.isFlagged)
    }
}
