import Testing
import OtborCore

struct CohenKappaTests {
    static let rater1 = [1, 2, 3, 3, 4, 4, 5, 5, 2, 3]
    static let rater2 = [1, 2, 2, 3, 4, 5, 5, 4, 3, 3]

    @Test("F4: the 2 × 2 table [[20, 5], [10, 15]] gives p_o 0.70, p_e 0.50, κ 0.40")
    func twoByTwo() throws {
        let kappa = try #require(CohenKappa(table: [[20, 5], [10, 15]]))
        #expect(abs(kappa.observedAgreement - 0.70) < 1e-12)
        #expect(abs(kappa.expectedAgreement - 0.50) < 1e-12)
        #expect(abs(kappa.kappa - 0.40) < 1e-12)
        #expect(kappa.subjectCount == 50 && kappa.categoryCount == 2)
    }

    @Test("F4: two interviewers on 1–5, unweighted, linear and quadratic", arguments: [
        (CohenKappa.Weighting.unweighted, 0.487179), (.linear, 0.714286), (.quadratic, 0.871795),
    ])
    func interviewers(_ weighting: CohenKappa.Weighting, _ expected: Double) throws {
        let kappa = try #require(CohenKappa(Self.rater1, Self.rater2, scale: 1...5, weighting: weighting))
        #expect(abs(kappa.kappa - expected) < 1e-6)
        #expect(abs((kappa.observedAgreement - kappa.expectedAgreement) / (1 - kappa.expectedAgreement) - kappa.kappa) < 1e-12)
    }

    @Test("ratings and the table they make give the same κ")
    func ratingsMatchTable() throws {
        var table = Array(repeating: Array(repeating: 0, count: 5), count: 5)
        for (a, b) in zip(Self.rater1, Self.rater2) { table[a - 1][b - 1] += 1 }
        for weighting in CohenKappa.Weighting.allCases {
            let fromTable = try #require(CohenKappa(table: table, weighting: weighting))
            let fromRatings = try #require(CohenKappa(Self.rater1, Self.rater2, scale: 1...5, weighting: weighting))
            #expect(fromTable == fromRatings)
        }
    }

    @Test("nominal categories of any type")
    func nominal() throws {
        let a = ["advance", "advance", "hold", "reject", "hold", "advance"]
        let b = ["advance", "hold", "hold", "reject", "hold", "advance"]
        let kappa = try #require(CohenKappa(a, b, categories: ["advance", "hold", "reject"]))
        // p_o = 5/6; marginals (3, 2, 1) and (2, 3, 1): p_e = (6 + 6 + 1)/36.
        let pe = 13.0 / 36
        #expect(abs(kappa.kappa - (5.0 / 6 - pe) / (1 - pe)) < 1e-12)
    }

    @Test("property: identical raters agree perfectly, κ = 1 for every weighting")
    func identicalRaters() throws {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<200 {
            let count = Int(generator.next() % 30) + 2
            var ratings = (0..<count).map { _ in Int(generator.next() % 5) + 1 }
            if Set(ratings).count == 1 { ratings[0] = ratings[0] == 1 ? 2 : 1 }
            for weighting in CohenKappa.Weighting.allCases {
                let kappa = try #require(CohenKappa(ratings, ratings, scale: 1...5, weighting: weighting))
                #expect(abs(kappa.kappa - 1) < 1e-12)
            }
        }
    }

    @Test("undefined or malformed input gives nil")
    func invalid() {
        #expect(CohenKappa(table: [[5, 0], [0, 0]]) == nil)          // one category only: p_e = 1
        #expect(CohenKappa(table: [[1, 2, 3], [4, 5, 6]]) == nil)     // not square
        #expect(CohenKappa(table: [[1, -1], [0, 2]]) == nil)
        #expect(CohenKappa(table: [[0, 0], [0, 0]]) == nil)
        #expect(CohenKappa([1, 2], [1], scale: 1...5) == nil)
        #expect(CohenKappa([1, 6], [1, 2], scale: 1...5) == nil)
    }
}
