import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// Conflicts of interest in the store, on every engine: declared once with one audit line under
/// the assessor's login, listed, and from then on that assessor's sessions of the candidate are
/// left out of the evidence — an open one no longer holds the stage back; erasing the candidate
/// removes the declaration.
struct ConflictStoreTests {
    /// Анна with the `screen` stage submitted by Ирина (q1 = 2) and Олег (q1 = 4).
    static func twoAssessors(_ engine: StoreEngine) async throws -> (temp: TemporaryDatabase, anna: CandidateID) {
        let temp = try TemporaryDatabase(engine)
        let anna = try await StoreTests().candidate(temp.store)
        for (assessor, rating) in [("Ирина", 2), ("Олег", 4)] {
            let session = try await temp.store.startSession(candidate: anna, profile: StoreFixture.profile, guide: StoreFixture.guide,
                                                            assessor: assessor)
            try await temp.store.record(RecordedAnswer(step: StoreFixture.guide.steps[0], value: .rating(rating)), session: session.id)
            try await temp.store.submit(session: session.id)
        }
        return (temp, anna)
    }

    @Test("a conflict is recorded once, audited under the assessor, listed, and leaves their ratings out", arguments: StoreEngine.all)
    func declared(engine: StoreEngine) async throws {
        let (temp, anna) = try await Self.twoAssessors(engine)
        #expect(try await temp.store.evidence(profile: "ssm")[0].scorecard().competencies[0].value == 3)
        #expect(try await temp.store.declareConflict(candidate: anna, login: "Олег", reason: .formerColleague))
        #expect(try await !temp.store.declareConflict(candidate: anna, login: "Олег", reason: .relative))
        let conflicts = try await temp.store.conflicts(candidate: anna)
        #expect(conflicts.map { "\($0.login) \($0.reason.rawValue)" } == ["Олег former-colleague"])
        #expect(try await temp.store.conflicts(candidate: nil) == conflicts)
        #expect(try await temp.store.conflicts(candidate: CandidateID(99)).isEmpty)
        let evidence = try #require(try await temp.store.evidence(profile: "ssm").first)
        #expect(evidence.sessions.map(\.assessor) == ["Ирина"] && evidence.conflicts == conflicts)
        #expect(evidence.scorecard().competencies[0].value == 2)
        let lines = try await temp.store.auditLog().filter { $0.action == .conflictDeclare }
        #expect(lines.map { "\($0.actor) \($0.subject) \($0.detail)" } == ["Олег candidate:\(anna) former-colleague"])
        await #expect(throws: StoreError.unknownCandidate("99")) {
            try await temp.store.declareConflict(candidate: CandidateID(99), login: "Олег", reason: .knows)
        }
    }

    @Test("the open session of an assessor in conflict no longer holds the stage back", arguments: StoreEngine.all)
    func openSession(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let anna = try await StoreTests().candidate(temp.store)
        for assessor in ["Ирина", "Олег"] {
            let session = try await temp.store.startSession(candidate: anna, profile: StoreFixture.profile, guide: StoreFixture.guide,
                                                            assessor: assessor)
            try await temp.store.record(RecordedAnswer(step: StoreFixture.guide.steps[0], value: .rating(5)), session: session.id)
            if assessor == "Ирина" { try await temp.store.submit(session: session.id) }
        }
        #expect(try await temp.store.evidence(profile: "ssm")[0].stages.isEmpty)
        _ = try await temp.store.declareConflict(candidate: anna, login: "Олег", reason: .knows)
        #expect(try await temp.store.evidence(profile: "ssm")[0].stages.map { $0.sheets.map(\.assessor) } == [["Ирина"]])
    }

    @Test("erasing the candidate removes their conflicts of interest", arguments: StoreEngine.all)
    func erased(engine: StoreEngine) async throws {
        let (temp, anna) = try await Self.twoAssessors(engine)
        _ = try await temp.store.declareConflict(candidate: anna, login: "Олег", reason: .relative)
        _ = try await temp.store.eraseCandidate(anna, actor: "hr", reason: "request")
        #expect(try await temp.store.conflicts(candidate: nil).isEmpty)
        #expect(try temp.engine.rowCounts(temp.store, ["conflict_of_interest"]) == ["conflict_of_interest": 0])
    }
}
