import Foundation
import OtborCore
import Testing
@testable import OtborStore

struct StoreTests {
    func candidate(_ store: Store, _ name: String = "Анна Петрова", notes: String? = nil) throws -> Int64 {
        try store.addCandidate(Candidate(name: name, consentDate: "2026-11-01", notes: notes), actor: "hr").id!
    }

    @Test("a new database file is private (0600), in WAL mode, with foreign keys on and commits synchronous = FULL")
    func newFile() throws {
        let temp = try TemporaryDatabase()
        let attributes = try FileManager.default.attributesOfItem(atPath: temp.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let (mode, keys) = try temp.store.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(mode == "wal" && keys == 1)
        // GRDB's WAL set-up lowers its writer to NORMAL; a commit must reach the disk (FULL = 2).
        let synchronous = try temp.store.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(synchronous == 2, "answers are committed with synchronous \(synchronous ?? -1), not FULL")
        #expect(try temp.store.integrityCheck() == "ok")
    }

    @Test("reopening applies no migration twice and keeps the data")
    func reopen() throws {
        let temp = try TemporaryDatabase()
        let id = try candidate(temp.store)
        let again = try Store(path: temp.path)
        #expect(try again.candidate(String(id)).name == "Анна Петрова")
    }

    @Test("a file that is not SQLite is refused and left byte for byte as it was",
          arguments: [Data("hello, this is a text file\n".utf8), Data("SQLite format 3\0".utf8) + Data(repeating: 7, count: 20)])
    func foreignFile(_ content: Data) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("foreign-\(UUID().uuidString).sqlite").path
        try content.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: StoreError.self) { try Store(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test("answers are saved, replaced on a second answer, and turn into the engine's ratings")
    func answers() throws {
        let temp = try TemporaryDatabase()
        let id = try candidate(temp.store)
        let session = try temp.store.startSession(candidate: id, profile: StoreFixture.profile, guide: StoreFixture.guide, assessor: "Ирина")
        let steps = StoreFixture.guide.steps
        try temp.store.record(RecordedAnswer(step: steps[0], value: .rating(2), note: "first"), session: session.id!)
        try temp.store.record(RecordedAnswer(step: steps[0], value: .rating(4), note: "second"), session: session.id!)
        try temp.store.record(RecordedAnswer(step: steps[1], value: .rating(nil)), session: session.id!)
        let answers = try temp.store.answers(session: session.id!)
        let expected: [String: Int?] = ["q1": 4, "q2": Int?.none]
        #expect(answers.ratings == expected)
        #expect(try temp.store.notes(session: session.id!) == ["q1": "second"])
        #expect(try temp.store.session(session.id!).cursor == "q2")
        // Not submitted: invisible to scoring.
        #expect(try temp.store.evidence(profile: "ssm")[0].stages.isEmpty)
        try temp.store.submit(session: session.id!)
        let evidence = try #require(temp.store.evidence(profile: "ssm").first)
        let card = evidence.scorecard()
        #expect(card.competencies[0].value == 4)
        #expect(card.competencies[1].value == nil)
    }

    @Test("a submitted session is locked, in the store and in SQL itself")
    func locked() throws {
        let temp = try TemporaryDatabase()
        let session = try temp.store.startSession(candidate: try candidate(temp.store), profile: StoreFixture.profile,
                                                  guide: StoreFixture.guide, assessor: "Ирина")
        let step = StoreFixture.guide.steps[0]
        try temp.store.record(RecordedAnswer(step: step, value: .rating(3)), session: session.id!)
        try temp.store.submit(session: session.id!)
        #expect(throws: StoreError.sessionLocked(session.id!)) {
            try temp.store.record(RecordedAnswer(step: step, value: .rating(5)), session: session.id!)
        }
        #expect(throws: (any Error).self) {
            try temp.store.write { db in try db.execute(sql: "UPDATE rating SET score = 5") }
        }
        #expect(try temp.store.answers(session: session.id!).ratings["q1"] == 3)
    }

    @Test("the audit log is append-only and names no candidate")
    func auditLog() throws {
        let temp = try TemporaryDatabase()
        let id = try candidate(temp.store, "Сергей Волков", notes: "звонить вечером")
        let session = try temp.store.startSession(candidate: id, profile: StoreFixture.profile, guide: StoreFixture.guide, assessor: "Ирина")
        try temp.store.record(RecordedAnswer(step: StoreFixture.guide.steps[0], value: .rating(4), note: "пример про возврат"), session: session.id!)
        let log = try temp.store.auditLog()
        #expect(log.map(\.action) == ["candidate.add", "session.start", "answer.record"])
        #expect(!log.contains { "\($0)".contains("Волков") || "\($0)".contains("возврат") })
        #expect(throws: (any Error).self) { try temp.store.write { db in try db.execute(sql: "DELETE FROM audit") } }
    }

    @Test("erasing a candidate removes every trace of their name and notes from the file")
    func erase() throws {
        let temp = try TemporaryDatabase()
        let keep = try candidate(temp.store, "Ольга Смирнова")
        let gone = try candidate(temp.store, "Зиновий Эрастович", notes: "ПРИМЕТНАЯ-ЗАМЕТКА")
        let session = try temp.store.startSession(candidate: gone, profile: StoreFixture.profile, guide: StoreFixture.guide, assessor: "Ирина")
        try temp.store.record(RecordedAnswer(step: StoreFixture.guide.steps[0], value: .rating(4), note: "СЛЕД-ДОКАЗАТЕЛЬСТВА"), session: session.id!)
        try temp.store.submit(session: session.id!)
        try temp.store.eraseCandidate(id: gone, actor: "dpo", reason: "request")
        let bytes = try temp.fileBytes()
        for secret in ["Зиновий", "ПРИМЕТНАЯ", "СЛЕД-ДОКАЗАТЕЛЬСТВА"] {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is still in the file")
        }
        #expect(bytes.range(of: Data("Ольга".utf8)) != nil)
        #expect(try temp.store.candidates().map(\.id) == [keep])
        #expect(try temp.store.auditLog().last?.action == "candidate.erase")
        #expect(try temp.store.sessions().isEmpty)
    }
}

struct IndependenceTests {
    @Test("a stage's ratings stay hidden until every assessor of that stage has submitted")
    func hiddenUntilAllSubmitted() throws {
        let temp = try TemporaryDatabase()
        let id = try temp.store.addCandidate(Candidate(name: "Анна", consentDate: "2026-11-01"), actor: "hr").id!
        let step = StoreFixture.guide.steps[0]
        var sessions: [Int64] = []
        for (assessor, score) in [("Ирина", 2), ("Олег", 4)] {
            let session = try temp.store.startSession(candidate: id, profile: StoreFixture.profile, guide: StoreFixture.guide, assessor: assessor)
            try temp.store.record(RecordedAnswer(step: step, value: .rating(score)), session: session.id!)
            sessions.append(session.id!)
        }
        try temp.store.submit(session: sessions[0])
        #expect(try temp.store.evidence(profile: "ssm")[0].stages.isEmpty, "Олег has not submitted: Ирина's ratings stay hidden")
        try temp.store.submit(session: sessions[1])
        let stage = try #require(temp.store.evidence(profile: "ssm")[0].stages.first)
        #expect(stage.sheets.map(\.assessor) == ["Ирина", "Олег"])
    }
}
