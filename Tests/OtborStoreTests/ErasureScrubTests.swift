import Foundation
import OtborCore
import OtborStore
import OtborStoreSQLite
import OtborTestSupport
import Testing

/// An erasure under an open reader: the deletion does not wait for it and holds up no other
/// writer; the erased text is overwritten on disk once the reader ends, by the next write.
@Suite("Erasure under readers")
struct ErasureScrubTests {
    static let secrets = ["Зиновий", "ПРИМЕТНАЯ-ЗАМЕТКА", "СЛЕД-ДОКАЗАТЕЛЬСТВА"]

    @Test("erase with a reader open returns at once and blocks no writer; the next write after the reader ends overwrites the text")
    func eraseUnderReader() async throws {
        let folder = try TemporaryFolder("otbor-scrub")
        let path = folder.url.appendingPathComponent("campaign.sqlite").path
        let store = try SQLiteStore(path: path, wait: LockWait(limit: 3))
        let keep = try store.addCandidate(NewCandidate(name: "Ольга Смирнова", consentDate: "2026-11-01"), actor: "hr").id
        let gone = try store.addCandidate(NewCandidate(name: "Зиновий Эрастович", consentDate: "2026-11-01", notes: "ПРИМЕТНАЯ-ЗАМЕТКА"), actor: "hr").id
        let session = try await store.startSession(candidate: gone, profile: StoreFixture.profile, guide: StoreFixture.guide, assessor: "Ирина")
        try store.record(RecordedAnswer(step: StoreFixture.guide.steps[0], value: .rating(4), note: "СЛЕД-ДОКАЗАТЕЛЬСТВА"), session: session.id)
        try store.checkpoint()
        let other = try await store.startSession(candidate: keep, profile: StoreFixture.profile, guide: StoreFixture.guide, assessor: "Пётр")

        let reader = try ReadHolder(path: path)
        let start = Date()
        let scrub = try store.eraseCandidate(gone, actor: "dpo", reason: "request")
        #expect(Date().timeIntervalSince(start) < 1, "the erasure waited for the reader")
        #expect(scrub == .pending(readers: []), "a reader of this process is not another process")
        // Another assessor's answer is saved while the reader is still open.
        let writing = Date()
        try store.record(RecordedAnswer(step: StoreFixture.guide.steps[0], value: .rating(5), note: "ответ Петра"), session: other.id)
        #expect(Date().timeIntervalSince(writing) < 1, "the next writer waited")
        #expect(try store.answers(session: other.id).ratings["q1"] == 5)
        #expect(try store.scrubErasures(waiting: false) == .pending(readers: []))
        let held = try SQLiteFiles.bytes(atPath: path)
        #expect(Self.secrets.contains { held.range(of: Data($0.utf8)) != nil }, "the reader's pages hold the text until it ends")

        try reader.release()
        try store.record(RecordedAnswer(step: StoreFixture.guide.steps[1], value: .rating(3)), session: other.id)
        let bytes = try SQLiteFiles.bytes(atPath: path)
        for secret in Self.secrets {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is still in the file or its WAL after the next write")
        }
        #expect(bytes.range(of: Data("Ольга".utf8)) != nil)
        #expect(try store.scrubErasures(waiting: false) == .done)
        #expect(try store.answers(session: other.id).ratings == ["q1": 5, "q2": 3])
    }

    @Test("scrubErasures(waiting:) waits for a reader that ends meanwhile, and gives up after the limit on one that does not")
    func finishWaits() throws {
        let folder = try TemporaryFolder("otbor-scrub")
        let path = folder.url.appendingPathComponent("campaign.sqlite").path
        let store = try SQLiteStore(path: path, wait: LockWait(limit: 1))
        let gone = try store.addCandidate(NewCandidate(name: "Зиновий Эрастович", consentDate: "2026-11-01"), actor: "hr").id
        let reader = try ReadHolder(path: path)
        #expect(try store.eraseCandidate(gone, actor: "dpo", reason: "request") == .pending(readers: []))
        let start = Date()
        #expect(try store.scrubErasures(waiting: true) == .pending(readers: []))
        let waited = Date().timeIntervalSince(start)
        #expect(waited >= 0.9 && waited < 3, "waited \(waited) s for a limit of 1 s")
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { try? reader.release() }
        #expect(try store.scrubErasures(waiting: true) == .done)
        #expect(try SQLiteFiles.bytes(atPath: path).range(of: Data("Зиновий".utf8)) == nil)
    }
}
