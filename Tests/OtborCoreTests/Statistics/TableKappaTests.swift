import Testing
import OtborCore

struct TableKappaTests {
    /// Rows of ratings as a table with assessors R1, R2, ….
    static func table(_ rows: [[Double?]]) -> RatingsTable {
        RatingsTable(assessors: (1...rows[0].count).map { "R\($0)" }, candidates: rows.indices.map { "C\($0 + 1)" }, ratings: rows)
    }

    @Test("F4 through a table: two interviewers give Cohen's κ 0.487179, 0.714286, 0.871795")
    func cohen() throws {
        let rows = zip(CohenKappaTests.rater1, CohenKappaTests.rater2).map { [Double($0), Double($1)] as [Double?] }
        let kappa = try TableKappa(Self.table(rows))
        #expect(kappa.isCohen && kappa.fleiss == nil && kappa.categories == 1...5 && kappa.assessors == 2)
        let expected: [(CohenKappa.Weighting, Double, AgreementBand.LandisKoch)] = [
            (.unweighted, 0.487179, .moderate), (.linear, 0.714286, .substantial), (.quadratic, 0.871795, .almostPerfect),
        ]
        for (weighting, value, band) in expected {
            let computed = try #require(kappa.cohen[weighting]?.kappa)
            #expect(abs(computed - value) < 1e-6, "\(weighting)")
            #expect(AgreementBand.landisKoch(computed) == band)
        }
    }

    @Test("F5 through a table: Fleiss' example, 10 subjects × 14 raters, κ 0.209931 (fair)")
    func fleiss() throws {
        // Each subject's 14 ratings: category j + 1 as often as Fleiss' count n_ij says.
        let rows = FleissKappaTests.wikipedia.map { counts in
            counts.enumerated().flatMap { category, count in Array(repeating: Double(category + 1) as Double?, count: count) }
        }
        let kappa = try TableKappa(Self.table(rows))
        #expect(!kappa.isCohen && kappa.cohen.isEmpty && kappa.assessors == 14 && kappa.categories == 1...5)
        let value = try #require(kappa.fleiss?.kappa)
        #expect(abs(value - 0.209931) < 1e-6)
        #expect(AgreementBand.landisKoch(value) == .fair)
    }

    @Test("an unused category in between still spaces the weights: 1, 2, 4 are read on 1…4")
    func categorySpacing() throws {
        let first = [1, 1, 2, 4, 4, 2], second = [1, 2, 2, 4, 2, 1]
        let kappa = try TableKappa(Self.table(zip(first, second).map { [Double($0), Double($1)] as [Double?] }))
        #expect(kappa.categories == 1...4)
        let linear = try #require(kappa.cohen[.linear])
        #expect(linear == CohenKappa(first, second, scale: 1...4, weighting: .linear))
        #expect(abs(linear.kappa - 5.0 / 11) < 1e-12)   // 0.4 if 1, 2, 4 were read as evenly spaced
        // Unweighted κ: p_o = 3/6, p_e = (2·2 + 2·3 + 2·1)/36 = 1/3.
        #expect(abs(try #require(kappa.cohen[.unweighted]?.kappa) - 0.25) < 1e-12)
    }

    @Test("κ is not computed for missing, fractional or too widely spread ratings")
    func unavailable() {
        #expect(throws: TableKappa.Unavailable.missingRatings(2)) { try TableKappa(Self.table([[1, nil], [nil, 2], [3, 3]])) }
        #expect(throws: TableKappa.Unavailable.fractionalRatings) { try TableKappa(Self.table([[1, 2.5], [2, 2]])) }
        #expect(throws: TableKappa.Unavailable.tooManyCategories) { try TableKappa(Self.table([[0, 101], [2, 2]])) }
        #expect((try? TableKappa(Self.table([[0, 100], [2, 2]])))?.categories == 0...100)
    }

    @Test("one category throughout: κ undefined, not a crash")
    func constant() throws {
        #expect(try TableKappa(Self.table([[3, 3], [3, 3]])).cohen.isEmpty)
        #expect(try TableKappa(Self.table([[3, 3, 3], [3, 3, 3]])).fleiss == nil)
    }
}
