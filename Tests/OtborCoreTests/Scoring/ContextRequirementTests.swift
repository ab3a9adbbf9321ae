import Foundation
import Testing
import OtborCore

/// Scored and context requirements: a context one is shown with its score but is in neither S,
/// the hurdle, the knock-outs, the assessors' own S nor the coverage warnings.
struct ContextRequirementTests {
    typealias Fixture = ScoringEngineTests

    /// The worked profile with the requirements at `contextIndices` kept as context.
    static func profile(context contextIndices: Set<Int>, knockouts: [KnockoutRule] = []) -> JobProfile {
        var profile = Fixture.profile
        for index in contextIndices { profile.requirements[index].use = .context }
        profile.knockouts = knockouts
        return profile
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var context: Set<Int>
        var candidate: Character
        var s: Double
        var testDescription: String { "candidate \(candidate), context \(context.sorted())" }
    }

    /// A's competency means are 13/3, 10/3, 11/3, 13/3, 13/3 and B's 5, 13/3, 3, 10/3, 5 (weights 3, 2, 2, 2, 1).
    static let rows: [Row] = [
        Row(context: [], candidate: "A", s: 4.0),
        Row(context: [4], candidate: "A", s: (40 - 13.0 / 3) / 9),
        Row(context: [1, 4], candidate: "A", s: (40 - 13.0 / 3 - 20.0 / 3) / 7),
        Row(context: [], candidate: "B", s: 124.0 / 30),
        Row(context: [3], candidate: "B", s: (124.0 / 3 - 20.0 / 3) / 8),
    ]

    @Test("S is the weighted mean over the scored requirements only", arguments: rows)
    func weightedScore(_ row: Row) throws {
        let stage = row.candidate == "A" ? Fixture.candidateA : Fixture.candidateB
        let card = ScoringEngine().score(profile: Self.profile(context: row.context), stages: [stage])
        let composite = try #require(card.composite)
        #expect(abs(composite.s - row.s) < 1e-9)
        #expect(composite.assessedWeight == 1)
        // The context requirement keeps its score, shown in the scorecard.
        #expect(card.competencies.count == 5 && card.competencies.allSatisfy { $0.value != nil })
    }

    @Test("a context requirement never fails the hurdle or fires a knock-out, even marked critical")
    func hurdle() {
        let knockout = KnockoutRule(id: "negotiation-below-4", text: LocalizedText(ru: "Переговоры ниже 4"),
                                    condition: .competencyBelow(competency: Fixture.ids[3], value: 4))
        let scored = ScoringEngine().score(profile: Self.profile(context: [], knockouts: [knockout]), stages: [Fixture.candidateB])
        #expect(scored.hurdle.failures.map(\.competency) == ["negotiation-conflict"])
        #expect(scored.hurdle.knockouts.map(\.rule) == ["negotiation-below-4"])
        let context = ScoringEngine().score(profile: Self.profile(context: [3], knockouts: [knockout]), stages: [Fixture.candidateB])
        #expect(context.hurdle.passed && context.hurdle.failures.isEmpty && context.hurdle.knockouts.isEmpty)
        // Still shown among the gaps, with its score: the panel observed it.
        #expect(context.gaps.map(\.competency) == ["decision-making", "negotiation-conflict"])
    }

    @Test("each assessor's own S leaves the context requirements out")
    func assessorScores() {
        let card = ScoringEngine().score(profile: Self.profile(context: [4]), stages: [Fixture.candidateA])
        // A1 rated 4, 3, 4, 5 (and 4 on the context one): (12 + 6 + 8 + 10) / 9 = 4.
        #expect(abs(card.assessorScores["A1"]! - 4.0) < 1e-9)
        // A3 rated 4, 4, 3, 4 (and 5): (12 + 8 + 6 + 8) / 9.
        #expect(abs(card.assessorScores["A3"]! - 34.0 / 9) < 1e-9)
    }

    @Test("one stage is enough for a context requirement; a scored one measured once is flagged")
    func coverage() {
        let matrix = CoverageMatrix(profile: Self.profile(context: [4]), guides: [])
        #expect(matrix.undercovered.map(\.requirement.competency) == Array(Fixture.ids.prefix(4)))
        #expect(matrix.rows.count == 5)
        #expect(Self.profile(context: [1, 4]).scoredRequirements.map(\.competency) == [Fixture.ids[0], Fixture.ids[2], Fixture.ids[3]])
    }

    @Test("a scored requirement's snapshot has no `use` (older snapshots read as scored); a context one has")
    func snapshot() throws {
        let scored = Fixture.profile.requirements[0]
        var context = scored
        context.use = .context
        let scoredJSON = String(decoding: try JSONEncoder().encode(scored), as: UTF8.self)
        #expect(!scoredJSON.contains("\"use\""))
        #expect(String(decoding: try JSONEncoder().encode(context), as: UTF8.self).contains("\"use\":\"context\""))
        #expect(try JSONDecoder().decode(CompetencyRequirement.self, from: Data(scoredJSON.utf8)).use == .scored)
        #expect(try JSONDecoder().decode(CompetencyRequirement.self, from: JSONEncoder().encode(context)) == context)
    }
}
