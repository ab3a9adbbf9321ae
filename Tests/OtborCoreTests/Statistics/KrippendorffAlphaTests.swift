import Testing
import OtborCore

/// F3 vector 1: the Wikipedia computational example, coders A–C × units 1–15.
private let wikipedia: [[Double?]] = [
    [nil, nil, nil, nil, nil, 3, 4, 1, 2, 1, 1, 3, 3, nil, 3],
    [1, nil, 2, 1, 3, 3, 4, 3, nil, nil, nil, nil, nil, nil, nil],
    [nil, nil, 2, 1, 3, 4, 4, nil, 2, 1, 1, 3, 3, nil, 4],
]

/// F3 vector 2: Krippendorff's "C" data, observers A–D × units 1–12.
private let krippendorffC: [[Double?]] = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, 3],
    [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nil],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],
]

/// Coders × units turned into units × coders.
private func units(_ coders: [[Double?]]) -> [[Double?]] {
    (0..<coders[0].count).map { u in coders.map { $0[u] } }
}

struct KrippendorffAlphaTests {
    @Test("F3 vector 1: coincidence matrix and marginals")
    func wikipediaMatrix() {
        let alpha = KrippendorffAlpha(coders: wikipedia)
        #expect(alpha.values == [1, 2, 3, 4])
        #expect(alpha.pairableCount == 26)
        #expect(alpha.marginals == [7, 4, 10, 5])
        let expected: [[Double]] = [[6, 0, 1, 0], [0, 4, 0, 0], [1, 0, 7, 2], [0, 0, 2, 3]]
        for c in 0..<4 {
            for k in 0..<4 { #expect(abs(alpha.coincidences[c][k] - expected[c][k]) < 1e-12) }
        }
    }

    @Test("F3 vector 1: D_o, D_e and α for every metric", arguments: [
        (KrippendorffAlpha.Metric.nominal, 0.230769, 0.747692, 0.691358),
        (.ordinal, 20.673077, 106.960000, 0.806721),
        (.interval, 0.461538, 2.440000, 0.810845),
        (.ratio, 0.022370, 0.117088, 0.808944),
    ])
    func wikipediaAlpha(_ metric: KrippendorffAlpha.Metric, _ observed: Double, _ expected: Double, _ value: Double) {
        let alpha = KrippendorffAlpha(coders: wikipedia)
        #expect(abs(alpha.observedDisagreement(metric) - observed) < 1e-6)
        #expect(abs(alpha.expectedDisagreement(metric) - expected) < 1e-6)
        #expect(abs(alpha.alpha(metric) - value) < 1e-6)
    }

    @Test("F3 vector 1: exact fractions D_o = 6/26, D_e = 486/650 (nominal)")
    func wikipediaFractions() {
        let alpha = KrippendorffAlpha(coders: wikipedia)
        #expect(abs(alpha.observedDisagreement(.nominal) - 6.0 / 26) < 1e-12)
        #expect(abs(alpha.expectedDisagreement(.nominal) - 486.0 / 650) < 1e-12)
    }

    @Test("F3 vector 2: α for every metric", arguments: [
        (KrippendorffAlpha.Metric.nominal, 0.743421), (.ordinal, 0.815388), (.interval, 0.849107), (.ratio, 0.797403),
    ])
    func krippendorffAlpha(_ metric: KrippendorffAlpha.Metric, _ value: Double) {
        let alpha = KrippendorffAlpha(coders: krippendorffC)
        #expect(abs(alpha.alpha(metric) - value) < 1e-6)
    }

    @Test("F3 vector 2: n, marginals, D_o and D_e")
    func krippendorffParts() {
        let alpha = KrippendorffAlpha(coders: krippendorffC)
        #expect(alpha.pairableCount == 40)
        #expect(alpha.marginals.map { ($0 * 1e9).rounded() / 1e9 } == [9, 13, 10, 5, 3])
        #expect(alpha.pairableUnits == 11)
        #expect(abs(alpha.observedDisagreement(.nominal) - 0.2) < 1e-6)
        #expect(abs(alpha.expectedDisagreement(.nominal) - 0.779487) < 1e-6)
        #expect(abs(alpha.observedDisagreement(.interval) - 0.433333) < 1e-6)
        #expect(abs(alpha.expectedDisagreement(.interval) - 2.871795) < 1e-6)
    }

    @Test("units × coders and coders × units give the same α")
    func layouts() {
        for metric in KrippendorffAlpha.Metric.allCases {
            #expect(KrippendorffAlpha(units: units(krippendorffC)).alpha(metric)
                == KrippendorffAlpha(coders: krippendorffC).alpha(metric))
        }
    }

    @Test("α is invariant to the order of the units", arguments: [
        Array(0..<12), Array((0..<12).reversed()), [3, 7, 0, 11, 5, 1, 9, 2, 10, 4, 8, 6],
        [11, 0, 10, 1, 9, 2, 8, 3, 7, 4, 6, 5],
    ])
    func unitPermutation(_ order: [Int]) {
        let data = units(krippendorffC)
        let original = KrippendorffAlpha(units: data), permuted = KrippendorffAlpha(units: order.map { data[$0] })
        for metric in KrippendorffAlpha.Metric.allCases {
            #expect(abs(original.alpha(metric) - permuted.alpha(metric)) < 1e-12)
        }
    }

    @Test("α ignores units with fewer than two values", arguments: [
        [[nil, nil, nil, nil]], [[7, nil, nil, nil]], [[nil, nil, 0.5, nil], [nil, nil, nil, nil], [nil, 99, nil, nil]],
        [[] as [Double?]],
    ] as [[[Double?]]])
    func unpairableUnits(_ extra: [[Double?]]) {
        let data = units(krippendorffC)
        let original = KrippendorffAlpha(units: data)
        let padded = KrippendorffAlpha(units: extra + data + extra)
        #expect(padded == original)
        for metric in KrippendorffAlpha.Metric.allCases {
            #expect(padded.alpha(metric) == original.alpha(metric))
        }
    }

    @Test("no variation or no pairable values give NaN")
    func undefined() {
        #expect(KrippendorffAlpha(units: [[3, 3], [3, 3, nil]]).alpha(.interval).isNaN)
        #expect(KrippendorffAlpha(units: [[3, nil], [nil, 4]]).alpha(.nominal).isNaN)
        #expect(KrippendorffAlpha(units: []).alpha(.ordinal).isNaN)
    }

    @Test("perfect agreement gives α = 1 for every metric")
    func perfect() {
        let alpha = KrippendorffAlpha(units: [[1, 1, nil], [2, 2, 2], [5, nil, 5]])
        for metric in KrippendorffAlpha.Metric.allCases { #expect(alpha.alpha(metric) == 1) }
    }
}
