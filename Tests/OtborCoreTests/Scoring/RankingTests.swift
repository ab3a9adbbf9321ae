import Foundation
import Testing
import OtborCore

struct RankingTests {
    static var cards: [(candidate: String, scorecard: Scorecard)] {
        let engine = ScoringEngine()
        return [
            ("B", engine.score(profile: ScoringEngineTests.profile, stages: [ScoringEngineTests.candidateB])),
            ("A", engine.score(profile: ScoringEngineTests.profile, stages: [ScoringEngineTests.candidateA])),
            ("A2", engine.score(profile: ScoringEngineTests.profile, stages: [ScoringEngineTests.candidateA])),
        ]
    }

    @Test("the hurdle comes first: A ranks above B although S_B > S_A; identical candidates are not separable")
    func hybridOrder() {
        let ranking = Ranking(Self.cards)
        #expect(ranking.entries.map(\.candidate) == ["A", "A2", "B"])
        #expect(ranking.entries[0].pOutranksNext == 0.5)
        #expect(ranking.entries[1].separableFromNext)   // A2 passes the hurdle, B does not
        #expect(ranking.notSeparableGroups == [["A", "A2"]])
    }

    @Test("the scorecard document has the keys scripts rely on")
    func document() throws {
        let card = ScoringEngine().score(profile: ScoringEngineTests.profile, stages: [ScoringEngineTests.candidateB])
        let data = try JSONEncoder().encode(ScorecardDocument(card, discTarget: DISCStyle(lenient: "SC")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let hurdle = try #require(json["hurdle"] as? [String: Any])
        #expect(hurdle["passed"] as? Bool == false)
        #expect((hurdle["failures"] as? [[String: Any]])?.first?["competency"] as? String == "negotiation-conflict")
        let score = try #require(json["score"] as? [String: Any])
        #expect(abs((score["S"] as? Double ?? 0) - 124.0 / 30) < 1e-9)
        #expect((score["ci95"] as? [Double])?.count == 2 && score["S100"] != nil && score["se"] != nil)
        let competencies = try #require(json["competencies"] as? [[String: Any]])
        #expect(competencies.count == 5)
        #expect(Set(competencies[0].keys).isSuperset(of: ["id", "required", "weight", "score", "gap", "stages"]))
        let disc = try #require(json["disc"] as? [String: Any])
        #expect(disc["target"] as? String == "SC" && disc["weight"] as? Double == 0 && disc["caveat"] != nil)
    }
}

struct RankingBootstrapTests {
    /// One competency, one stage: each assessor's own S is their rating, so the panels are F16's A and B.
    static func card(_ ratings: [Double]) -> Scorecard {
        let profile = JobProfile(
            id: "p", title: LocalizedText(ru: "П"), level: .senior,
            requirements: [CompetencyRequirement(competency: "x", group: .soft, level: 3, weight: 1)],
            process: [ProcessStage(guide: "g", weight: 1)])
        let sheets = ratings.enumerated().map { index, value in
            AssessorSheet(assessor: "R\(index)", ratings: [ItemRating(item: "q", value: value, weights: [CompetencyWeight(competency: "x", weight: 1)])])
        }
        return ScoringEngine().score(profile: profile, stages: [StageRatings(stage: "g", sheets: sheets)])
    }

    @Test("F16: the ranking's bootstrap P(A outranks B) over four assessors is 0.866577")
    func publishedVector() throws {
        let a = Self.card([4, 4, 3, 5]), b = Self.card([3, 4, 3, 4])
        #expect(a.assessorScores == ["R0": 4, "R1": 4, "R2": 3, "R3": 5])
        let ranking = Ranking([("B", b), ("A", a)])
        #expect(ranking.entries.map(\.candidate) == ["A", "B"])
        let p = try #require(ranking.entries[0].pBootstrapOutranksNext)
        #expect(abs(p - 0.866577) < 1e-6)
        #expect(ranking.entries[1].pBootstrapOutranksNext == nil)
    }

    @Test("own S values that round to the same hundredths are not tied: P boot is 21/32, not 0.5")
    func noRounding() throws {
        let ranking = Ranking([("B", Self.card([4.33, 4])), ("A", Self.card([13.0 / 3, 4]))])
        #expect(ranking.entries.map(\.candidate) == ["A", "B"])
        #expect(ranking.entries[0].pBootstrapOutranksNext == 21.0 / 32)
    }

    @Test("identical panels give a bootstrap P of exactly 0.5; a panel above five assessors gets none")
    func identicalAndLarge() throws {
        let ranking = Ranking([("A", Self.card([3, 4, 5])), ("B", Self.card([3, 4, 5]))])
        #expect(ranking.entries[0].pBootstrapOutranksNext == 0.5)
        let large = Ranking([("A", Self.card([3, 4, 5, 4, 3, 4])), ("B", Self.card([3, 4, 5]))])
        #expect(large.entries[0].pBootstrapOutranksNext == nil)
        #expect(large.entries[0].pOutranksNext != nil)
    }
}

struct HurdleStatusTests {
    static func card(_ ratings: [Double?]) -> Scorecard {
        ScoringEngine().score(profile: ScoringEngineTests.profile, stages: [ScoringEngineTests.stage(ratings.map { [$0, $0, $0] })])
    }

    @Test("the hurdle is passed only when every critical competency was assessed; a failure decides at once")
    func status() {
        #expect(Self.card([4, 3, 4, 4, 4]).hurdle.status == .passed)
        #expect(Self.card([4, 3, 4, nil, 4]).hurdle.status == .incomplete)
        #expect(!Self.card([4, 3, 4, nil, 4]).hurdle.passed)
        #expect(Self.card([3, 3, 4, nil, 4]).hurdle.status == .failed)
    }

    @Test("the ranking puts passed, then incomplete, then failed, whatever S says")
    func order() {
        let ranking = Ranking([("failed", Self.card([3, 5, 5, 5, 5])), ("incomplete", Self.card([5, 5, 5, nil, 5])),
                               ("passed", Self.card([4, 3, 4, 4, 4]))])
        #expect(ranking.entries.map(\.candidate) == ["passed", "incomplete", "failed"])
        #expect(ranking.entries.map(\.hurdle) == [.passed, .incomplete, .failed])
    }
}
