import Testing
import Foundation
import OtborCore

/// A hurdle tolerance the profile states (F11 with τ per requirement): the hurdle fails below
/// `level − τ`, the stated τ replacing the engine's for its requirement.
struct HurdleToleranceTests {
    static func profile(tolerance: Double?) -> JobProfile {
        JobProfile(
            id: "head", title: LocalizedText(ru: "Руководитель"), level: .head,
            requirements: [
                CompetencyRequirement(competency: "leadership", group: .managerial, level: 4, weight: 3, critical: true,
                                      tolerance: tolerance),
                CompetencyRequirement(competency: "mentoring", group: .managerial, level: 3, weight: 2),
            ],
            process: [ProcessStage(guide: "ac", weight: 1)])
    }

    /// One stage where each assessor rates leadership as given and mentoring 3.
    static func stage(_ leadership: [Double]) -> StageRatings {
        StageRatings(stage: "ac", sheets: leadership.enumerated().map { index, value in
            AssessorSheet(assessor: "A\(index + 1)", ratings: [
                ItemRating(item: "l", value: value, weights: [CompetencyWeight(competency: "leadership", weight: 1)]),
                ItemRating(item: "m", value: 3, weights: [CompetencyWeight(competency: "mentoring", weight: 1)]),
            ])
        })
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var ratings: [Double]
        var stated: Double?
        var engine: Double
        var mean: Double
        var passes: Bool
        var testDescription: String { "\(ratings) stated τ \(stated.map { "\($0)" } ?? "none"), engine τ \(engine)" }
    }

    static let rows: [Row] = [
        // Just inside: 3.5 is exactly level 4 − 0.5.
        Row(ratings: [4, 3], stated: 0.5, engine: 0, mean: 3.5, passes: true),
        // Just outside: 3.333333 < 3.5.
        Row(ratings: [4, 3, 3], stated: 0.5, engine: 0, mean: 10.0 / 3, passes: false),
        Row(ratings: [4, 4, 3], stated: 0.5, engine: 0, mean: 11.0 / 3, passes: true),
        // Without a stated tolerance the same 3.666667 fails at level 4.
        Row(ratings: [4, 4, 3], stated: nil, engine: 0, mean: 11.0 / 3, passes: false),
        // The engine's τ applies where the profile states none…
        Row(ratings: [4, 3, 3], stated: nil, engine: 0.8, mean: 10.0 / 3, passes: true),
        // …and the profile's stated τ wins over it.
        Row(ratings: [4, 3, 3], stated: 0.5, engine: 0.8, mean: 10.0 / 3, passes: false),
    ]

    @Test("the hurdle fails below level − τ, τ the profile's when it states one", arguments: rows)
    func cutoff(_ row: Row) throws {
        let card = ScoringEngine(tolerance: row.engine).score(profile: Self.profile(tolerance: row.stated), stages: [Self.stage(row.ratings)])
        let leadership = try #require(card.competencies.first { $0.competency == "leadership" }?.value)
        #expect(abs(leadership - row.mean) < 1e-9)
        #expect(card.hurdle.passed == row.passes)
        #expect(card.hurdle.stated == (row.stated.map { ["leadership": $0] } ?? [:]))
        if !row.passes {
            let failure = try #require(card.hurdle.failures.first)
            #expect(failure.competency == "leadership" && failure.required == 4)
            #expect(failure.tolerance == (row.stated ?? row.engine))
            #expect(abs(failure.cutoff - (4 - (row.stated ?? row.engine))) < 1e-12)
        }
    }

    @Test("the scorecard document carries the stated tolerances and each failure's τ")
    func document() throws {
        let card = ScoringEngine().score(profile: Self.profile(tolerance: 0.5), stages: [Self.stage([4, 3, 3])])
        let document = ScorecardDocument(card, discTarget: nil)
        #expect(document.hurdle.tolerances == ["leadership": 0.5])
        #expect(document.hurdle.failures.map(\.tolerance) == [0.5])
        #expect(document.hurdle.tolerance == 0)
    }

    @Test("a requirement without a tolerance is encoded as before tolerances existed")
    func snapshotUnchanged() throws {
        let plain = CompetencyRequirement(competency: "leadership", group: .managerial, level: 4, weight: 3, critical: true)
        let json = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!json.contains("tolerance"))
        var stated = plain
        stated.tolerance = 0.5
        let decoded = try JSONDecoder().decode(CompetencyRequirement.self, from: try JSONEncoder().encode(stated))
        #expect(decoded.tolerance == 0.5)
    }
}
