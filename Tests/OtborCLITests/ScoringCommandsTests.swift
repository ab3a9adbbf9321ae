import Foundation
import OtborCore
import Testing

/// `score`, `compare`, `consensus`, `raters` and `fairness` on data entered through the store.
struct ScoringCommandsTests {
    /// Strong (5s), weak (3s) and split (assessors 2 and 5 on the senior phone-screen module, then 4s).
    static func campaign() throws -> (CampaignFixture, strong: CandidateID, weak: CandidateID, split: CandidateID) {
        let fixture = try CampaignFixture()
        let strong = try fixture.addCandidate("Вера Сильная", group: "A")
        let weak = try fixture.addCandidate("Глеб Слабый", group: "B")
        let split = try fixture.addCandidate("Дина Спорная", group: "A")
        for (candidate, scores) in [(strong, (5, 5)), (weak, (3, 3)), (split, (2, 5))] {
            try fixture.rate(candidate, guide: "phone-screen-senior", assessor: "Ирина") { _ in scores.0 }
            try fixture.rate(candidate, guide: "phone-screen-senior", assessor: "Олег") { _ in scores.1 }
        }
        for candidate in [strong, split] {
            try fixture.rate(candidate, guide: "hr-interview", assessor: "Ирина") { _ in 4 }
        }
        return (fixture, strong, weak, split)
    }

    @Test("score --format json prints the engine's scorecard for ratings entered through the store")
    func scoreJSON() throws {
        let (fixture, strong, _, _) = try Self.campaign()
        let output = try fixture.run(["score", "--candidate", strong.description, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try output.json() as? [String: Any])
        let score = try #require(json["score"] as? [String: Any])
        let s = try #require(score["S"] as? Double)
        #expect(s > 4 && s <= 5)
        // Two of nine stages: nothing failed, but the critical competencies are not all assessed yet.
        let hurdle = try #require(json["hurdle"] as? [String: Any])
        #expect(hurdle["status"] as? String == "incomplete" && hurdle["passed"] as? Bool == false)
        #expect((hurdle["unassessedCritical"] as? [String])?.contains("execution-management") == true)
        let competencies = try #require(json["competencies"] as? [[String: Any]])
        #expect(competencies.count == 23)  // seed 000's 20, upselling, client orientation, teamwork
        let english = try #require(competencies.first { $0["id"] as? String == "english" })
        #expect((english["stages"] as? [String: Double])?["phone-screen-senior"] == 5)
        #expect((json["candidate"] as? [String: String])?["name"] == "Вера Сильная")
        #expect((json["sessions"] as? [[String: Any]])?.count == 3)
        #expect((json["disc"] as? [String: Any])?["weight"] as? Double == 0)
    }

    @Test("ratings of a session that is not submitted do not count")
    func openSessionInvisible() throws {
        let (fixture, _, weak, _) = try Self.campaign()
        try fixture.rate(weak, guide: "hr-interview", assessor: "Ирина", submit: false) { _ in 1 }
        let output = try fixture.run(["score", "--candidate", weak.description, "--format", "json"])
        let json = try #require(try output.json() as? [String: Any])
        #expect((json["sessions"] as? [[String: Any]])?.count == 2)
        #expect(((json["score"] as? [String: Any])?["S"] as? Double).map { abs($0 - 3) < 1e-9 } == true)
    }

    @Test("compare --format json ranks every candidate once, strongest first")
    func compareJSON() throws {
        let (fixture, strong, weak, split) = try Self.campaign()
        let output = try fixture.run(["compare", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try output.json() as? [String: Any])
        #expect(json["profile"] as? String == "senior-support-manager")
        let entries = try #require(json["entries"] as? [[String: Any]])
        #expect(entries.compactMap { $0["candidate"] as? String } == [strong, split, weak].map(String.init))
        #expect(entries.first?["pOutranksNext"] as? Double != nil)
        #expect(entries.first?["pBootstrapOutranksNext"] as? Double != nil)
        #expect(entries.last?["pOutranksNext"] == nil)
    }

    @Test("consensus lists the split stage scores, refuses one without a rationale, and the scorecard uses the agreed value")
    func consensus() throws {
        let (fixture, _, _, split) = try Self.campaign()
        let list = try fixture.run(["consensus", "--candidate", split.description, "--format", "json"])
        let flagged = try #require(try list.json() as? [[String: Any]])
        #expect(!flagged.isEmpty && flagged.allSatisfy { $0["stage"] as? String == "phone-screen-senior" })
        let english = try #require(flagged.first { $0["competency"] as? String == "english" })
        #expect(english["ratings"] as? [String: Double] == ["Ирина": 2, "Олег": 5])
        let missing = try fixture.run(["consensus", "--candidate", split.description, "--stage", "phone-screen-senior",
                                       "--competency", "english", "--value", "4"])
        #expect(missing.status == 2 && missing.stderr.contains("--rationale"))
        let recorded = try fixture.run(["consensus", "--candidate", split.description, "--stage", "phone-screen-senior", "--competency", "english",
                                        "--value", "4", "--rationale", "Оба слышали свободный рассказ; 2 — из-за акцента", "--by", "Ирина"])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let score = try #require(try fixture.run(["score", "--candidate", split.description, "--format", "json"]).json() as? [String: Any])
        let competencies = try #require(score["competencies"] as? [[String: Any]])
        let agreed = try #require(competencies.first { $0["id"] as? String == "english" })
        #expect((agreed["stages"] as? [String: Double])?["phone-screen-senior"] == 4)
        #expect((agreed["flagged"] as? [String]) == [])
    }

    @Test("raters --format json gives α per stage and a leniency line per assessor")
    func raters() throws {
        let (fixture, _, _, _) = try Self.campaign()
        let output = try fixture.run(["raters", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try output.json() as? [String: Any])
        let stages = try #require(json["stages"] as? [[String: Any]])
        let phone = try #require(stages.first { $0["stage"] as? String == "phone-screen-senior" })
        #expect(phone["assessors"] as? [String] == ["Ирина", "Олег"])
        #expect(((phone["alpha"] as? [String: Any])?["interval"] as? Double) != nil)
        #expect((phone["leniency"] as? [[String: Any]])?.count == 2)
        #expect(phone["icc"] != nil)
    }

    @Test("fairness counts who went on from the stage per stated group")
    func fairness() throws {
        let (fixture, _, _, _) = try Self.campaign()
        let output = try fixture.run(["fairness", "--stage", "phone-screen-senior", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try output.json() as? [String: Any])
        let groups = try #require(json["groups"] as? [[String: Any]])
        #expect(groups.map { "\($0["name"]!):\($0["selected"]!)/\($0["applicants"]!)" } == ["A:2/2", "B:0/1"])
        #expect(json["state"] as? String == "inconclusive")
        let unknown = try fixture.run(["fairness", "--stage", "nonexistent"])
        #expect(unknown.status == 2 && unknown.stderr.contains("phone-screen-senior"))
    }
}
