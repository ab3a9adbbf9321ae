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
