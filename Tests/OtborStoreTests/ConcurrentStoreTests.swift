import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// Several assessors saving at once through one store (the console's case): nothing lost, nothing
/// doubled, and a submit racing answers leaves the session either with the answer or locked.
struct ConcurrentStoreTests {
    @Test("8 assessors saving 2 answers each at once: every answer saved once, one audit line each", arguments: StoreEngine.all)
    func assessors(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let candidate = try await temp.store.addCandidate(NewCandidate(name: "Анна Петрова", consentDate: "2026-11-01"), actor: "hr").id
        var sessions: [SessionID] = []
        for index in 0..<8 {
            sessions.append(try await temp.store.startSession(candidate: candidate, profile: StoreFixture.profile,
                                                              guide: StoreFixture.guide, assessor: "Оценщик \(index)").id)
        }
        let store = temp.store
        let steps = StoreFixture.guide.steps
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, session) in sessions.enumerated() {
                group.addTask {
                    try await store.record(RecordedAnswer(step: steps[0], value: .rating(1 + index % 5)), session: session)
                    try await store.record(RecordedAnswer(step: steps[1], value: .rating(5 - index % 5)), session: session)
                }
            }
            try await group.waitForAll()
        }
        for (index, session) in sessions.enumerated() {
            let expected: [String: Int?] = ["q1": 1 + index % 5, "q2": 5 - index % 5]
            #expect(try await store.answers(session: session).ratings == expected)
            #expect(try await store.auditLog(subject: "session:\(session)").filter { $0.action == .answerRecord }.count == 2)
        }
    }

    @Test("a submit racing an answer: the answer is saved before the lock, or refused as locked; never lost after an acknowledgement",
          arguments: StoreEngine.all)
    func submitRace(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let candidate = try await temp.store.addCandidate(NewCandidate(name: "Анна Петрова", consentDate: "2026-11-01"), actor: "hr").id
        let session = try await temp.store.startSession(candidate: candidate, profile: StoreFixture.profile,
                                                        guide: StoreFixture.guide, assessor: "Ирина").id
        let store = temp.store
        let step = StoreFixture.guide.steps[0]
        async let answered: Bool = {
            do {
                try await store.record(RecordedAnswer(step: step, value: .rating(3)), session: session)
                return true
            } catch StoreError.sessionLocked {
                return false
            }
        }()
        async let submitted: Void = store.submit(session: session)
        let saved = try await answered
        try await submitted
        #expect(try await store.session(session).status == .submitted)
        let ratings = try await store.answers(session: session).ratings
        #expect(saved ? ratings == ["q1": 3] : ratings.isEmpty)
    }
}
