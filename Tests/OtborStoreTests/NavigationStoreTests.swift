import Foundation
import OtborCore
import Testing
import OtborStore
import OtborTestSupport

/// The navigation of a sitting in the session row (migration `v2-navigation`): saved alone or with
/// an answer in one transaction, read back, and locked once the session is submitted.
struct NavigationStoreTests {
    static let navigation = SittingNavigation(
        current: .init(session: 1, step: "discount/realism"), skipped: [.init(session: 1, step: "angry-client/tone")],
        history: [.init(session: 1, step: "conflict"), .init(session: 1, step: "angry-client/tone")])

    @Test("saved for every session of a sitting, read back as saved; none before", arguments: StoreEngine.all)
    func saved(engine: StoreEngine) async throws {
        let (temp, session) = try await AnswerFitTests.open(engine)
        let id = try await temp.store.addCandidate(NewCandidate(name: "Борис", consentDate: "2025-01-01"), actor: "hr").id
        let other = try await temp.store.startSession(candidate: id, profile: ImportTests.profile, guide: ImportTests.guide, assessor: "Ирина").id
        #expect(try await temp.store.navigation(session: session) == nil)
        try await temp.store.saveNavigation(Self.navigation, sessions: [session, other])
        #expect(try await temp.store.navigation(session: session) == Self.navigation)
        #expect(try await temp.store.navigation(session: other) == Self.navigation)
        #expect(try await temp.store.session(session).navigation == Self.navigation)
    }

    @Test("recorded with an answer in one transaction: a refused answer saves no navigation", arguments: StoreEngine.all)
    func withAnswer(engine: StoreEngine) async throws {
        let (temp, session) = try await AnswerFitTests.open(engine)
        try await temp.store.record(ImportTests.answer("conflict", .rating(4)), session: session, navigation: Self.navigation,
                              sittingSessions: [session])
        #expect(try await temp.store.answers(session: session).ratings == ["conflict": 4])
        #expect(try await temp.store.navigation(session: session) == Self.navigation)
        let later = SittingNavigation(current: nil, history: [.init(session: session, step: "conflict")])
        await #expect(throws: StoreError.self) {
            try await temp.store.record(ImportTests.answer("conflict", .rating(9)), session: session, navigation: later, sittingSessions: [session])
        }
        #expect(try await temp.store.navigation(session: session) == Self.navigation)
    }
}
