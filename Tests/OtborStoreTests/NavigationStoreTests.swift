import Foundation
import GRDB
import OtborCore
import Testing
@testable import OtborStore

/// The navigation of a sitting in the session row (migration `v2-navigation`): saved alone or with
/// an answer in one transaction, read back, and locked once the session is submitted.
struct NavigationStoreTests {
    static let navigation = SittingNavigation(
        current: .init(session: 1, step: "discount/realism"), skipped: [.init(session: 1, step: "angry-client/tone")],
        history: [.init(session: 1, step: "conflict"), .init(session: 1, step: "angry-client/tone")])

    @Test("the migrations are v1-campaign then v2-navigation")
    func migrations() throws {
        let temp = try TemporaryDatabase()
        #expect(try temp.store.pool.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
            == ["v1-campaign", "v2-navigation"])
    }

    @Test("saved for every session of a sitting, read back as saved; none before")
    func saved() throws {
        let (temp, session) = try AnswerFitTests.open()
        let id = try temp.store.addCandidate(Candidate(name: "Борис", consentDate: "2025-01-01"), actor: "hr").id!
        let other = try temp.store.startSession(candidate: id, profile: ImportTests.profile, guide: ImportTests.guide, assessor: "Ирина").id!
        #expect(try temp.store.navigation(session: session) == nil)
        try temp.store.saveNavigation(Self.navigation, sessions: [session, other])
        #expect(try temp.store.navigation(session: session) == Self.navigation)
        #expect(try temp.store.navigation(session: other) == Self.navigation)
        #expect(try temp.store.session(session).navigation == Self.navigation)
    }

    @Test("recorded with an answer in one transaction: a refused answer saves no navigation")
    func withAnswer() throws {
        let (temp, session) = try AnswerFitTests.open()
        try temp.store.record(ImportTests.answer("conflict", .rating(4)), session: session, navigation: Self.navigation,
                              sittingSessions: [session])
        #expect(try temp.store.answers(session: session).ratings == ["conflict": 4])
        #expect(try temp.store.navigation(session: session) == Self.navigation)
        let later = SittingNavigation(current: nil, history: [.init(session: session, step: "conflict")])
        #expect(throws: StoreError.self) {
            try temp.store.record(ImportTests.answer("conflict", .rating(9)), session: session, navigation: later, sittingSessions: [session])
        }
        #expect(try temp.store.navigation(session: session) == Self.navigation)
    }

    @Test("a submitted session's navigation is locked; submitting and rewriting the same value stay allowed")
    func locked() throws {
        let (temp, session) = try AnswerFitTests.open()
        try temp.store.saveNavigation(Self.navigation, sessions: [session])
        try temp.store.submit(session: session, addingSeconds: 5)
        #expect(throws: StoreError.sessionLocked(session)) { try temp.store.saveNavigation(Self.navigation, sessions: [session]) }
        #expect(throws: DatabaseError.self) {
            try temp.store.pool.write { try $0.execute(sql: "UPDATE session SET navigation = NULL WHERE id = ?", arguments: [session]) }
        }
        try temp.store.pool.write { db in
            try db.execute(sql: "UPDATE session SET navigation = navigation, updatedAt = updatedAt WHERE id = ?", arguments: [session])
        }
        #expect(try temp.store.navigation(session: session) == Self.navigation)
        #expect(try temp.store.session(session).status == .submitted)
    }
}
