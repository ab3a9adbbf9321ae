import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// Red flags recorded and taken back: each change one audit line under the session's assessor, a
/// flag not recorded changes nothing, and a submitted session refuses both.
struct RedFlagStoreTests {
    @Test("a red flag recorded then removed is gone, with one audit line each; removing one not recorded changes nothing",
          arguments: StoreEngine.all)
    func removed(engine: StoreEngine) async throws {
        let (temp, session) = try await AnswerFitTests.open(engine)
        try await temp.store.recordRedFlag(RecordedRedFlag(flag: "rude", note: "перебивал"), session: session)
        try await temp.store.recordRedFlag(RecordedRedFlag(flag: "late"), session: session)
        try await temp.store.removeRedFlag("rude", session: session)
        try await temp.store.removeRedFlag("never-recorded", session: session)
        #expect(try await temp.store.redFlags(session: session).map(\.flag) == ["late"])
        let lines = try await temp.store.auditLog(subject: "session:\(session)").filter { $0.action == .redFlagRecord || $0.action == .redFlagRemove }
        #expect(lines.map(\.action) == [.redFlagRecord, .redFlagRecord, .redFlagRemove] && lines.last?.detail == "rude", "\(lines)")
        let assessor = try await temp.store.session(session).assessor
        #expect(lines.allSatisfy { $0.actor == assessor })
    }

    @Test("a submitted session refuses taking back a red flag, and keeps it", arguments: StoreEngine.all)
    func locked(engine: StoreEngine) async throws {
        let (temp, session) = try await AnswerFitTests.open(engine)
        try await temp.store.recordRedFlag(RecordedRedFlag(flag: "rude"), session: session)
        try await temp.store.submit(session: session, addingSeconds: 0)
        await #expect(throws: StoreError.sessionLocked(session)) { try await temp.store.removeRedFlag("rude", session: session) }
        #expect(try await temp.store.redFlags(session: session).map(\.flag) == ["rude"])
    }
}
