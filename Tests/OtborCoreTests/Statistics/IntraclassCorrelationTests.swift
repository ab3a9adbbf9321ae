import Testing
import OtborCore

/// F2: the Shrout & Fleiss (1979) Table 2 matrix, 6 targets × 4 judges.
let shroutFleiss: [[Double]] = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]

struct IntraclassCorrelationTests {
    let icc = try! IntraclassCorrelation(shroutFleiss)

    @Test("F2 intermediate quantities")
    func anova() {
        #expect(icc.targets == 6 && icc.judges == 4)
        #expect(abs(icc.grandMean - 5.291667) < 1e-6)
        #expect(zip(icc.rowMeans, [6, 3, 6.5, 4, 7.5, 4.75]).allSatisfy { abs($0 - $1) < 1e-6 })
        #expect(zip(icc.columnMeans, [7.666667, 2.5, 4.333333, 6.666667]).allSatisfy { abs($0 - $1) < 1e-6 })
        for (value, expected) in [(icc.ssTotal, 168.958333), (icc.ssRows, 56.208333), (icc.ssColumns, 97.458333),
                                  (icc.ssError, 15.291667), (icc.ssWithin, 112.75), (icc.bms, 11.241667),
                                  (icc.wms, 6.263889), (icc.jms, 32.486111), (icc.ems, 1.019444)] {
            #expect(abs(value - expected) < 1e-6)
        }
        #expect(abs(icc.satterthwaiteDF - 4.785144) < 1e-6)
    }

    @Test("F2 values (1e-6) and 95 % CIs (5e-4)", arguments: [
        (IntraclassCorrelation.Form.icc1, 0.165742, -0.1329, 0.7226),
        (.icc2, 0.289764, 0.0188, 0.7611),
        (.icc3, 0.714841, 0.3425, 0.9459),
        (.icc1k, 0.442797, -0.8844, 0.9124),  // F2 gives no CI; 1 − 1/F_L, 1 − 1/F_U (scipy)
        (.icc2k, 0.620051, 0.0711, 0.9272),
        (.icc3k, 0.909316, 0.6757, 0.9859),
    ])
    func forms(_ form: IntraclassCorrelation.Form, _ value: Double, _ lower: Double, _ upper: Double) {
        let estimate = icc.estimate(form)
        #expect(abs(estimate.value - value) < 1e-6)
        #expect(abs(icc.value(form) - value) < 1e-6)
        #expect(abs(estimate.lower - lower) < 5e-4)
        #expect(abs(estimate.upper - upper) < 5e-4)
    }

    @Test("published Table 4 values to two decimals")
    func published() {
        let table4: [IntraclassCorrelation.Form: Double] = [.icc1: 0.17, .icc2: 0.29, .icc3: 0.71, .icc1k: 0.44,
                                                           .icc2k: 0.62, .icc3k: 0.91]
        for (form, expected) in table4 {
            #expect(abs(icc.value(form) - expected) < 0.005)
        }
        #expect(icc.estimates().count == 6)
    }

    @Test("Spearman–Brown of each single form gives its k form")
    func spearmanBrown() {
        #expect(abs(IntraclassCorrelation.spearmanBrown(0.289764, raters: 4) - 0.620051) < 1e-6)
        for (single, average) in [(IntraclassCorrelation.Form.icc1, IntraclassCorrelation.Form.icc1k),
                                  (.icc2, .icc2k), (.icc3, .icc3k)] {
            #expect(abs(IntraclassCorrelation.spearmanBrown(icc.value(single), raters: 4) - icc.value(average)) < 1e-12)
        }
    }

    @Test("raters needed for ICC(2,k) ≥ .75 and ≥ .90")
    func ratersNeeded() {
        let r = icc.value(.icc2)
        #expect(abs(IntraclassCorrelation.ratersNeeded(singleRater: r, target: 0.75) - 7.353) < 5e-4)
        #expect(abs(IntraclassCorrelation.ratersNeeded(singleRater: r, target: 0.90) - 22.06) < 5e-3)
        #expect(IntraclassCorrelation.wholeRatersNeeded(singleRater: r, target: 0.75) == 8)
        #expect(IntraclassCorrelation.wholeRatersNeeded(singleRater: r, target: 0.90) == 23)
        #expect(IntraclassCorrelation.wholeRatersNeeded(singleRater: 0.5, target: 0.75) == 3)
        #expect(IntraclassCorrelation.wholeRatersNeeded(singleRater: -0.1, target: 0.75) == nil)
    }

    @Test("judge effect F = 31.866485, df (3, 15), p = 9.45e-7")
    func judgeEffect() {
        let test = icc.judgeEffect
        #expect(abs(test.statistic - 31.866485) < 1e-6)
        #expect(test.numeratorDF == 3 && test.denominatorDF == 15)
        #expect(abs(test.p - 9.45e-7) < 5e-9)
    }

    @Test("tables that cannot be analysed are refused")
    func badInput() {
        #expect(throws: IntraclassCorrelation.InputError.tooSmall(targets: 1, judges: 4)) {
            try IntraclassCorrelation([[1, 2, 3, 4]])
        }
        #expect(throws: IntraclassCorrelation.InputError.tooSmall(targets: 2, judges: 1)) {
            try IntraclassCorrelation([[1], [2]])
        }
        #expect(throws: IntraclassCorrelation.InputError.ragged(row: 1, count: 2, expected: 3)) {
            try IntraclassCorrelation([[1, 2, 3], [1, 2]])
        }
        #expect(throws: IntraclassCorrelation.InputError.notFinite(row: 0, column: 1)) {
            try IntraclassCorrelation([[1, .nan], [1, 2]])
        }
    }

    @Test("perfect agreement gives 1 with a degenerate interval; no variance gives NaN, not a crash")
    func degenerate() throws {
        let perfect = try IntraclassCorrelation([[1, 1, 1], [3, 3, 3], [5, 5, 5]])
        for form in IntraclassCorrelation.Form.allCases {
            let estimate = perfect.estimate(form)
            #expect(estimate.value == 1 && estimate.lower == 1 && estimate.upper == 1, "\(form)")
        }
        let flat = try IntraclassCorrelation([[2, 2], [2, 2]])
        #expect(flat.value(.icc2).isNaN && flat.estimate(.icc2).lower.isNaN)
    }

    @Test("ICC is invariant to the order of the candidate rows", arguments: [
        [0, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0], [2, 0, 5, 1, 3, 4], [1, 3, 5, 0, 2, 4], [4, 5, 0, 3, 1, 2],
    ])
    func rowPermutation(_ order: [Int]) throws {
        let permuted = try IntraclassCorrelation(order.map { shroutFleiss[$0] })
        for form in IntraclassCorrelation.Form.allCases {
            let (a, b) = (icc.estimate(form), permuted.estimate(form))
            #expect(abs(a.value - b.value) < 1e-12 && abs(a.lower - b.lower) < 1e-12 && abs(a.upper - b.upper) < 1e-12)
        }
    }
}
