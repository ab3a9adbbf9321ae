import Foundation
import OtborCore
import Testing
import OtborStore
import OtborTestSupport

struct StoreTests {
    func candidate(_ store: any CampaignStore, _ name: String = "Анна Петрова", notes: String? = nil) async throws -> CandidateID {
        try await store.addCandidate(NewCandidate(name: name, consentDate: "2026-11-01", notes: notes), actor: "hr").id
    }

    @Test("answers are saved, replaced on a second answer, and turn into the engine's ratings", arguments: StoreEngine.all)
    func answers(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let id = try await candidate(temp.store)
        let session = try await temp.store.startSession(candidate: id, profile: StoreFixture.profile, guide: StoreFixture.guide, assessor: "Ирина")
        let steps = StoreFixture.guide.steps
        try await temp.store.record(RecordedAnswer(step: steps[0], value: .rating(2), note: "first"), session: session.id)
        try await temp.store.record(RecordedAnswer(step: steps[0], value: .rating(4), note: "second"), session: session.id)
        try await temp.store.record(RecordedAnswer(step: steps[1], value: .rating(nil)), session: session.id)
        let answers = try await temp.store.answers(session: session.id)
        let expected: [String: Int?] = ["q1": 4, "q2": Int?.none]
        #expect(answers.ratings == expected)
        #expect(try await temp.store.notes(session: session.id) == ["q1": "second"])
        #expect(try await temp.store.session(session.id).cursor == "q2")
        // Not submitted: invisible to scoring.
        #expect(try await temp.store.evidence(profile: "ssm")[0].stages.isEmpty)
        try await temp.store.submit(session: session.id)
        let evidence = try #require(try await temp.store.evidence(profile: "ssm").first)
        let card = evidence.scorecard()
        #expect(card.competencies[0].value == 4)
        #expect(card.competencies[1].value == nil)
    }

    @Test("a submitted session is locked by the store", arguments: StoreEngine.all)
    func locked(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let session = try await temp.store.startSession(candidate: try await candidate(temp.store), profile: StoreFixture.profile,
                                                  guide: StoreFixture.guide, assessor: "Ирина")
        let step = StoreFixture.guide.steps[0]
        try await temp.store.record(RecordedAnswer(step: step, value: .rating(3)), session: session.id)
        try await temp.store.submit(session: session.id)
        await #expect(throws: StoreError.sessionLocked(session.id)) {
            try await temp.store.record(RecordedAnswer(step: step, value: .rating(5)), session: session.id)
        }
        #expect(try await temp.store.answers(session: session.id).ratings["q1"] == 3)
    }

    @Test("the audit log names no candidate", arguments: StoreEngine.all)
    func auditLog(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let id = try await candidate(temp.store, "Сергей Волков", notes: "звонить вечером")
        let session = try await temp.store.startSession(candidate: id, profile: StoreFixture.profile, guide: StoreFixture.guide, assessor: "Ирина")
        try await temp.store.record(RecordedAnswer(step: StoreFixture.guide.steps[0], value: .rating(4), note: "пример про возврат"), session: session.id)
        let log = try await temp.store.auditLog()
        #expect(log.map(\.action) == [.candidateAdd, .sessionStart, .answerRecord])
        #expect(!log.contains { "\($0)".contains("Волков") || "\($0)".contains("возврат") })
    }

    @Test("erasing a candidate removes every trace of their name and notes from the file", arguments: StoreEngine.all)
    func erase(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let keep = try await candidate(temp.store, "Ольга Смирнова")
        let gone = try await candidate(temp.store, "Зиновий Эрастович", notes: "ПРИМЕТНАЯ-ЗАМЕТКА")
        let session = try await temp.store.startSession(candidate: gone, profile: StoreFixture.profile, guide: StoreFixture.guide, assessor: "Ирина")
        try await temp.store.record(RecordedAnswer(step: StoreFixture.guide.steps[0], value: .rating(4), note: "СЛЕД-ДОКАЗАТЕЛЬСТВА"), session: session.id)
        try await temp.store.submit(session: session.id)
        try await temp.store.eraseCandidate(gone, actor: "dpo", reason: "request")
        let bytes = try temp.fileBytes()
        for secret in ["Зиновий", "ПРИМЕТНАЯ", "СЛЕД-ДОКАЗАТЕЛЬСТВА"] {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is still in the file")
        }
        #expect(bytes.range(of: Data("Ольга".utf8)) != nil)
        #expect(try await temp.store.candidates().map(\.id) == [keep])
        #expect(try await temp.store.auditLog().last?.action == .candidateErase)
        #expect(try await temp.store.sessions().isEmpty)
    }
}

struct IndependenceTests {
    @Test("a stage's ratings stay hidden until every assessor of that stage has submitted", arguments: StoreEngine.all)
    func hiddenUntilAllSubmitted(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let id = try await temp.store.addCandidate(NewCandidate(name: "Анна", consentDate: "2026-11-01"), actor: "hr").id
        let step = StoreFixture.guide.steps[0]
        var sessions: [SessionID] = []
        for (assessor, score) in [("Ирина", 2), ("Олег", 4)] {
            let session = try await temp.store.startSession(candidate: id, profile: StoreFixture.profile, guide: StoreFixture.guide, assessor: assessor)
            try await temp.store.record(RecordedAnswer(step: step, value: .rating(score)), session: session.id)
            sessions.append(session.id)
        }
        try await temp.store.submit(session: sessions[0])
        #expect(try await temp.store.evidence(profile: "ssm")[0].stages.isEmpty, "Олег has not submitted: Ирина's ratings stay hidden")
        try await temp.store.submit(session: sessions[1])
        let stage = try #require(try await temp.store.evidence(profile: "ssm")[0].stages.first)
        #expect(stage.sheets.map(\.assessor) == ["Ирина", "Олег"])
    }
}
