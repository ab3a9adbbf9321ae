import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// `recordLetter`: an audit line with the letter's kind and who wrote it, never a name; an unknown
/// candidate is refused and leaves no line. Both engines.
struct LetterStoreTests {
    @Test("a letter is audited by kind and actor; an unknown candidate is refused", arguments: StoreEngine.all)
    func audited(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let id = try await temp.store.addCandidate(NewCandidate(name: "Вера Письмова", consentDate: "2025-01-01"), actor: "hr").id
        try await temp.store.recordLetter(candidate: id, kind: .screeningRejection, actor: "hr-irina")
        let lines = try await temp.store.auditLog().filter { $0.action == .letterWrite }
        #expect(lines.map { [$0.subject, $0.detail, $0.actor] } == [["candidate:\(id)", "screening-rejection", "hr-irina"]])
        #expect(!lines.contains { $0.detail.contains("Вера") || $0.subject.contains("Вера") })
        await #expect(throws: StoreError.unknownCandidate("999")) {
            try await temp.store.recordLetter(candidate: CandidateID(999), kind: .rejection, actor: "hr")
        }
        #expect(try await temp.store.auditLog().filter { $0.action == .letterWrite }.count == 1)
    }
}
