import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// Group sittings in the store, on every engine: set up in one transaction (the record audited
/// with who set it up, each session under its observer), or not at all; the chair's timer.
struct GroupSittingStoreTests {
    @Test("a sitting is recorded with its sessions and audited with the actor; the timer starts and restarts", arguments: StoreEngine.all)
    func opened(engine: StoreEngine) async throws {
        let clock = ManualClock()
        let temp = try TemporaryDatabase(engine, clock: clock.now)
        let anna = try await StoreTests().candidate(temp.store), boris = try await StoreTests().candidate(temp.store, "Борис Орлов")
        let pairs: [(observer: String, candidate: CandidateID)] = [("Ирина", anna), ("Ирина", boris), ("Олег", anna), ("Олег", boris)]
        let sessions = try await temp.store.openGroupSitting(id: "group-0000abcd", profile: StoreFixture.profile, guide: StoreFixture.guide,
                                                             pairs: pairs, actor: "hr")
        #expect(sessions.map(\.assessor) == ["Ирина", "Ирина", "Олег", "Олег"] && sessions.allSatisfy { $0.groupRun == "group-0000abcd" })
        let sitting = try #require(try await temp.store.groupSitting("group-0000abcd"))
        #expect(sitting.openedBy == "hr" && sitting.guide == StoreFixture.guide.id && sitting.minutes == StoreFixture.guide.duration)
        #expect(sitting.timerStartedAt == nil && sitting.plannedEnd == nil)
        #expect(try await temp.store.groupSitting("group-none") == nil)
        #expect(try await temp.store.groupSittings() == [sitting])
        let log = try await temp.store.auditLog()
        #expect(log.filter { $0.action == .groupSittingOpen }.map { "\($0.actor) \($0.subject)" } == ["hr group-sitting:group-0000abcd"])
        #expect(log.filter { $0.action == .sessionStart }.map(\.actor) == ["Ирина", "Ирина", "Олег", "Олег"])

        clock.advance(by: 60)
        let started = try await temp.store.startSittingTimer("group-0000abcd", actor: "hr")
        let start = try #require(started.timerStartedAt)
        #expect(started.plannedEnd == start.addingTimeInterval(Double(StoreFixture.guide.duration) * 60))
        clock.advance(by: 120)
        let restarted = try await temp.store.startSittingTimer("group-0000abcd", actor: "admin")
        #expect(restarted.timerStartedAt == start.addingTimeInterval(120))
        #expect(try await temp.store.auditLog().filter { $0.action == .groupSittingTimer }.map(\.actor) == ["hr", "admin"])
        await #expect(throws: StoreError.self) { try await temp.store.startSittingTimer("group-none", actor: "hr") }

        // The list of sittings: the newest first, each as `groupSitting(_:)` reads it.
        clock.advance(by: 60)
        let vera = try await StoreTests().candidate(temp.store, "Вера Орлова")
        _ = try await temp.store.openGroupSitting(id: "group-0000beef", profile: StoreFixture.profile, guide: StoreFixture.guide,
                                                  pairs: [("Ирина", vera), ("Олег", vera)], actor: "admin")
        let listed = try await temp.store.groupSittings()
        #expect(listed.map(\.id) == ["group-0000beef", "group-0000abcd"])
        #expect(try await listed.last == temp.store.groupSitting("group-0000abcd") && listed.first?.openedBy == "admin")
    }

    @Test("a sitting one of whose sessions is refused writes nothing", arguments: StoreEngine.all)
    func atomic(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let anna = try await StoreTests().candidate(temp.store), boris = try await StoreTests().candidate(temp.store, "Борис Орлов")
        // Олег already has a session of this guide for Борис: the sitting's second session for him is a duplicate.
        _ = try await temp.store.startSession(candidate: boris, profile: StoreFixture.profile, guide: StoreFixture.guide, assessor: "Олег")
        let before = try temp.engine.rowCounts(temp.store, ["session", "group_sitting", "audit"])
        await #expect(throws: StoreError.self) {
            try await temp.store.openGroupSitting(id: "group-0000abcd", profile: StoreFixture.profile, guide: StoreFixture.guide,
                                                  pairs: [("Ирина", anna), ("Олег", anna), ("Олег", boris)], actor: "hr")
        }
        #expect(try temp.engine.rowCounts(temp.store, ["session", "group_sitting", "audit"]) == before)
        #expect(try await temp.store.groupSitting("group-0000abcd") == nil)
    }

    @Test("campaign options are off until set, kept, and each change audited", arguments: StoreEngine.all)
    func options(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        #expect(try await temp.store.campaignOptions() == CampaignOptions())
        try await temp.store.setCampaignOptions(CampaignOptions(blindRanking: true), actor: "hr")
        #expect(try await temp.store.campaignOptions().blindRanking)
        try await temp.store.setCampaignOptions(CampaignOptions(blindRanking: false), actor: "admin")
        #expect(try await !temp.store.campaignOptions().blindRanking)
        let lines = try await temp.store.auditLog().filter { $0.action == .campaignOptions }.map { "\($0.actor) \($0.detail)" }
        #expect(lines == ["hr blind-ranking:on", "admin blind-ranking:off"])
    }
}
