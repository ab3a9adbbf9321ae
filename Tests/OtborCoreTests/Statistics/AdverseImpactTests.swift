import Testing
import OtborCore

struct AdverseImpactTests {
    struct Row: Sendable, CustomStringConvertible {
        var first: (Int, Int), second: (Int, Int)
        var rates: (Double, Double), ratio: Double
        var zD: Double, zDP: Double, chiSquare: Double, fisherP: Double
        var state: AdverseImpact.State
        var description: String { "\(first.0)/\(first.1) vs \(second.0)/\(second.1)" }
    }

    static let rows = [
        Row(first: (48, 80), second: (21, 50), rates: (0.60, 0.42), ratio: 0.70, zD: 2.000713, zDP: 0.045423,
            chiSquare: 4.002851, fisherP: 0.049543, state: .adverseImpact),
        Row(first: (5, 10), second: (3, 10), rates: (0.50, 0.30), ratio: 0.60, zD: 0.912871, zDP: 0.361310,
            chiSquare: 0.833333, fisherP: 0.649917, state: .inconclusive),
        Row(first: (60, 100), second: (45, 100), rates: (0.60, 0.45), ratio: 0.75, zD: 2.123977, zDP: 0.033672,
            chiSquare: 4.511278, fisherP: 0.047165, state: .adverseImpact),
    ]

    static func analysis(_ row: Row) throws -> AdverseImpact {
        try AdverseImpact(
            AdverseImpact.Group(name: "A", selected: row.first.0, applicants: row.first.1),
            AdverseImpact.Group(name: "B", selected: row.second.0, applicants: row.second.1)
        )
    }

    @Test("F20: rates, IR, four-fifths flag, Z_D, χ², Fisher p and state", arguments: rows)
    func table(_ row: Row) throws {
        let result = try Self.analysis(row)
        #expect(result.reference == "A")
        #expect(abs(result.groups[0].selectionRate - row.rates.0) < 1e-12)
        #expect(abs(result.groups[1].selectionRate - row.rates.1) < 1e-12)
        #expect(result.groups[0].impactRatio == 1 && !result.groups[0].isFlagged)
        #expect(abs(try #require(result.groups[1].impactRatio) - row.ratio) < 1e-12)
        #expect(result.groups[1].isFlagged)

        let comparison = try #require(result.comparisons.first)
        #expect(result.comparisons.count == 1 && comparison.focal == "B" && comparison.reference == "A")
        #expect(comparison.isFlagged)
        #expect(abs(try #require(comparison.zD) - row.zD) < 1e-6)
        #expect(abs(try #require(comparison.zDP) - row.zDP) < 1e-6)
        #expect(abs(try #require(comparison.chiSquare) - row.chiSquare) < 1e-6)
        #expect(abs(try #require(comparison.chiSquareP) - row.zDP) < 1e-6)
        #expect(abs(comparison.fisherP - row.fisherP) < 1e-6)
        #expect(comparison.state == row.state)
        #expect(result.state == row.state)
    }

    @Test("F20 row 1: Z_IR −2.104217 (p 0.035360) and IR CI [0.5021, 0.9759]")
    func impactRatioTest() throws {
        let comparison = try #require(try Self.analysis(Self.rows[0]).comparisons.first)
        #expect(abs(try #require(comparison.zIR) - -2.104217) < 1e-6)
        #expect(abs(try #require(comparison.zIRP) - 0.035360) < 1e-6)
        #expect(abs(try #require(comparison.impactRatioLower) - 0.5021) < 5e-4)
        #expect(abs(try #require(comparison.impactRatioUpper) - 0.9759) < 5e-4)
        #expect(comparison.isSignificant && !comparison.isTooSmall)
    }

    @Test("F20 row 2 is inconclusive both as too small and as not significant")
    func smallSample() throws {
        let comparison = try #require(try Self.analysis(Self.rows[1]).comparisons.first)
        #expect(comparison.isTooSmall && !comparison.isSignificant)
    }

    @Test("rows 2 and 3: Z_IR and its CI (SciPy cross-check)")
    func impactRatioOtherRows() throws {
        let row2 = try #require(try Self.analysis(Self.rows[1]).comparisons.first)
        #expect(abs(try #require(row2.zIR) - -0.932636) < 1e-6)
        #expect(abs(try #require(row2.impactRatioLower) - 0.2051) < 5e-4)
        #expect(abs(try #require(row2.impactRatioUpper) - 1.7554) < 5e-4)
        let row3 = try #require(try Self.analysis(Self.rows[2]).comparisons.first)
        #expect(abs(try #require(row3.zIR) - -2.138605) < 1e-6)
        #expect(abs(try #require(row3.zIRP) - 0.032468) < 1e-6)
    }

    @Test("the reference is the highest-rate group, whatever the input order")
    func groupOrder() throws {
        let result = try AdverseImpact(
            AdverseImpact.Group(name: "B", selected: 21, applicants: 50),
            AdverseImpact.Group(name: "A", selected: 48, applicants: 80)
        )
        #expect(result.reference == "A")
        let comparison = try #require(result.comparisons.first)
        #expect(comparison.focal == "B")
        #expect(abs(try #require(comparison.zD) - 2.000713) < 1e-6)
        #expect(result.state == .adverseImpact)
    }

    @Test("no flag and enough data is no evidence; equal rates are not flagged")
    func noEvidence() throws {
        let result = try AdverseImpact(
            AdverseImpact.Group(name: "A", selected: 50, applicants: 100),
            AdverseImpact.Group(name: "B", selected: 45, applicants: 100)
        )
        #expect(result.groups[1].impactRatio == 0.9 && !result.groups[1].isFlagged)
        #expect(result.state == .noEvidence)
    }

    @Test("a group with nobody selected: IR 0, no Z_IR, Fisher still defined")
    func zeroSelected() throws {
        let result = try AdverseImpact(
            AdverseImpact.Group(name: "A", selected: 0, applicants: 25),
            AdverseImpact.Group(name: "B", selected: 10, applicants: 30)
        )
        #expect(result.reference == "B")
        let comparison = try #require(result.comparisons.first)
        #expect(comparison.impactRatio == 0 && comparison.isFlagged)
        #expect(comparison.zIR == nil && comparison.impactRatioLower == nil)
        #expect(abs(comparison.fisherP - 0.001139) < 1e-6)
        #expect(abs(try #require(comparison.chiSquare) - 10.185185) < 1e-6)
        // 25 · 10/55 = 4.5 expected selections is small, but the exact test is significant: adverse impact.
        #expect(comparison.isSignificant && comparison.isTooSmall)
        #expect(comparison.state == .adverseImpact)

        let larger = try AdverseImpact(
            AdverseImpact.Group(name: "A", selected: 0, applicants: 40),
            AdverseImpact.Group(name: "B", selected: 12, applicants: 40)
        )
        #expect(abs(larger.comparisons[0].fisherP - 0.000185) < 1e-6)
        #expect(larger.state == .adverseImpact)
    }

    @Test("the size rule: 20 applicants and 5 expected selections per group")
    func sizeRule() throws {
        func comparison(_ s1: Int, _ n1: Int, _ s2: Int, _ n2: Int) throws -> AdverseImpact.Comparison {
            try AdverseImpact(.init(name: "A", selected: s1, applicants: n1), .init(name: "B", selected: s2, applicants: n2))
                .comparisons[0]
        }
        #expect(try comparison(10, 20, 10, 20).isTooSmall == false)   // 20 applicants, 10 expected each
        #expect(try comparison(10, 19, 10, 21).isTooSmall)            // 19 applicants
        #expect(try comparison(3, 50, 2, 50).isTooSmall)              // 2.5 expected selections
        #expect(try comparison(5, 50, 5, 50).isTooSmall == false)     // exactly 5 expected
        #expect(try comparison(5, 50, 5, 50).state == .noEvidence)
        // Not flagged (IR 0.90) but 19 applicants: too small to show there is no impact.
        #expect(try comparison(10, 19, 10, 21).state == .inconclusive)
    }

    @Test("nobody selected anywhere: no ratios, inconclusive")
    func nobodySelected() throws {
        let result = try AdverseImpact(
            AdverseImpact.Group(name: "A", selected: 0, applicants: 30),
            AdverseImpact.Group(name: "B", selected: 0, applicants: 30)
        )
        #expect(result.groups.allSatisfy { $0.impactRatio == nil && !$0.isFlagged })
        #expect(result.comparisons[0].zD == nil && result.comparisons[0].fisherP == 1)
        #expect(result.state == .inconclusive)
    }

    @Test("three groups: each tested against the highest, the worst state wins")
    func threeGroups() throws {
        let result = try AdverseImpact(groups: [
            .init(name: "A", selected: 45, applicants: 100),
            .init(name: "B", selected: 60, applicants: 100),
            .init(name: "C", selected: 55, applicants: 100),
        ])
        #expect(result.reference == "B")
        #expect(result.comparisons.map(\.focal) == ["A", "C"])
        #expect(result.comparisons.map(\.state) == [.adverseImpact, .noEvidence])
        #expect(result.state == .adverseImpact)
    }

    @Test("invalid counts throw")
    func invalid() {
        #expect(throws: AdverseImpact.InputError.fewerThanTwoGroups) {
            try AdverseImpact(groups: [.init(name: "A", selected: 1, applicants: 2)])
        }
        #expect(throws: AdverseImpact.InputError.duplicateGroup("A")) {
            try AdverseImpact(.init(name: "A", selected: 1, applicants: 2), .init(name: "A", selected: 1, applicants: 2))
        }
        #expect(throws: AdverseImpact.InputError.noApplicants(group: "B")) {
            try AdverseImpact(.init(name: "A", selected: 1, applicants: 2), .init(name: "B", selected: 0, applicants: 0))
        }
        #expect(throws: AdverseImpact.InputError.selectedOutOfRange(group: "B")) {
            try AdverseImpact(.init(name: "A", selected: 1, applicants: 2), .init(name: "B", selected: 3, applicants: 2))
        }
    }
}
