import Foundation
import OtborCore
import OtborStore
import Testing

/// `otbor decide`, run as a process.
struct DecideCommandTests {
    let q1 = InterviewStep(item: "q1", kind: .rating(criterion: nil))

    @Test("decide records the decision with its reason and sets the retention deadline to the decision date + 30 days")
    func deadline() throws {
        let fixture = try PeopleFixture()
        let id = try fixture.add("Глеб Соколов")
        try fixture.session(id, submit: true, answers: [(q1, .rating(2), "")])
        let output = try fixture.run(["decide", "--candidate", "Глеб Соколов", "--profile", "ssm", "--decision", "reject",
                                      "--reason", "нет примеров деэскалации", "--by", "hm-pavel", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try output.json() as? [String: Any])
        let decidedAt = try #require(json["decidedAt"] as? String)
        let decisionDay = try #require(CalendarDate(String(decidedAt.prefix(10))))
        let retention = try #require(json["retention"] as? [String: Any])
        #expect(retention["destroyBy"] as? String == decisionDay.adding(days: 30).description)
        #expect(retention["event"] as? String == "decision-communicated")
        #expect(retention["eventDate"] as? String == decisionDay.description)
        #expect(json["decision"] as? String == "reject" && json["decidedBy"] as? String == "hm-pavel")
        #expect(try fixture.store.candidate(id.description).retentionDeadline == decisionDay.adding(days: 30))
        let recorded = try fixture.store.decisions(candidate: id)
        #expect(recorded.count == 1 && recorded[0].reason == "нет примеров деэскалации" && recorded[0].decidedBy == "hm-pavel")
        #expect(try !fixture.store.auditLog().contains { $0.detail.contains("деэскалации") })

        let text = try fixture.run(["decide", "--candidate", id.description, "--decision", "hold", "--reason", "ещё один этап"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("decision recorded: candidate \(id), ssm: hold"))
        // The first decision keeps the deadline.
        #expect(text.stdout.contains("retention deadline: \(English.day(decisionDay.adding(days: 30)))"))
    }

    @Test("an earlier withdrawal of consent keeps its earlier deadline")
    func withdrawalFirst() throws {
        let fixture = try PeopleFixture()
        let id = try fixture.add("Дина Лебедева")
        try fixture.session(id, answers: [])
        try fixture.store.withdrawConsent(candidate: id, on: CalendarDate("2025-06-01")!, actor: "dpo")
        let output = try fixture.run(["decide", "--candidate", id.description, "--decision", "reject", "--reason", "отозвала согласие"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("retention deadline: 1 July 2025 (30 days after the withdrawal of consent on 1 June 2025"))
    }

    @Test("wrong decide arguments are usage errors that say what is accepted", arguments: [
        (["--decision", "maybe", "--reason", "x"], "'advance', 'hold', 'reject'"),
        (["--decision", "hire", "--reason", "   "], "--reason is empty"),
        (["--decision", "hire", "--reason", "x", "--profile", "nope"], "no application for 'nope'; their applications: ssm"),
    ])
    func usage(_ arguments: [String], _ message: String) throws {
        let fixture = try PeopleFixture()
        let id = try fixture.add("Егор Власов")
        try fixture.session(id, answers: [])
        let output = try fixture.run(["decide", "--candidate", id.description] + arguments)
        #expect(output.status == 2)
        #expect(output.stderr.contains(message), "stderr: \(output.stderr)")
        #expect(try fixture.store.decisions(candidate: id).isEmpty)
        #expect(try fixture.store.candidate(id.description).retentionDeadline == nil)
    }

    @Test("a candidate with no application cannot be decided on yet")
    func noApplication() throws {
        let fixture = try PeopleFixture()
        try fixture.add("Жанна Фролова")
        let output = try fixture.run(["decide", "--candidate", "1", "--decision", "reject", "--reason", "резюме"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("has no application yet"))
    }
}
