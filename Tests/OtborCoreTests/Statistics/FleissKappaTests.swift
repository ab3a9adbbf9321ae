import Testing
import OtborCore

struct FleissKappaTests {
    static let wikipedia = [
        [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ]

    @Test("F5: the Wikipedia example (10 subjects × 14 raters × 5 categories)")
    func wikipediaExample() throws {
        let kappa = try #require(FleissKappa(counts: Self.wikipedia))
        #expect(kappa.subjectCount == 10 && kappa.raterCount == 14 && kappa.categoryCount == 5)
        let expectedP = [0.142857, 0.200000, 0.278571, 0.150000, 0.228571]
        for (actual, expected) in zip(kappa.categoryProportions, expectedP) {
            #expect(abs(actual - expected) < 1e-6)
        }
        #expect(abs(kappa.meanAgreement - 0.378022) < 1e-6)
        #expect(abs(kappa.expectedAgreement - 0.212755) < 1e-6)
        #expect(abs(kappa.kappa - 0.209931) < 1e-6)
        #expect(abs(kappa.subjectAgreement[0] - 1) < 1e-12)   // all 14 in one category
    }

    @Test("perfect agreement across categories gives κ = 1")
    func perfect() throws {
        let kappa = try #require(FleissKappa(counts: [[3, 0, 0], [0, 3, 0], [0, 0, 3], [3, 0, 0]]))
        #expect(abs(kappa.kappa - 1) < 1e-12)
    }

    @Test("malformed or degenerate input gives nil")
    func invalid() {
        #expect(FleissKappa(counts: []) == nil)
        #expect(FleissKappa(counts: [[2, 1], [1, 1]]) == nil)     // 3 raters, then 2
        #expect(FleissKappa(counts: [[1, 0], [1, 0]]) == nil)     // one rater
        #expect(FleissKappa(counts: [[3, 0], [3, 0]]) == nil)     // every rating in one category
        #expect(FleissKappa(counts: [[2, 1], [1]]) == nil)
        #expect(FleissKappa(counts: [[4, -1], [2, 1]]) == nil)
    }
}
