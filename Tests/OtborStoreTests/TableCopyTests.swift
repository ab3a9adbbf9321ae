import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// `otbor db copy` in the store layer: a campaign with every kind of row goes from SQLite into each
/// engine and back unchanged (rows, content hashes, scores, ids, the lock); a destination that
/// holds anything is refused untouched; a failure on any table leaves the destination empty.
struct TableCopyTests {
    /// A campaign with a row in every copied table (DISC answers aside: the CLI's demo test has
    /// them), two erased candidates (a gap in the ids, and the last id issued), and a console web session, which is not copied.
    static func campaign(_ store: any CampaignStore) async throws {
        let anna = try await store.addCandidate(NewCandidate(name: "Анна Петрова", email: "anna@example.ru", consentDate: "2026-11-01",
                                                             fairnessGroup: "женщины", notes: "звонить вечером"), actor: "hr").id
        let gone = try await store.addCandidate(NewCandidate(name: "Зиновий", consentDate: "2026-11-01"), actor: "hr").id
        let oleg = try await store.addCandidate(NewCandidate(name: "Олег Ким", consentDate: "2026-11-02"), actor: "hr").id
        let submitted = try await store.startSession(candidate: anna, profile: ImportTests.profile, guide: ImportTests.guide, assessor: "Ирина")
        for answer in ImportTests.fullAnswers { try await store.record(answer, session: submitted.id) }
        try await store.recordRedFlag(RecordedRedFlag(flag: "blames-employer", note: "про прошлую работу"), session: submitted.id)
        try await store.submit(session: submitted.id, addingSeconds: 1234.5)
        let open = try await store.startSession(candidate: oleg, profile: ImportTests.profile, guide: ImportTests.guide, assessor: "Мария")
        try await store.record(ImportTests.fullAnswers[0], session: open.id)
        try await store.pause(session: open.id, addingSeconds: 61.25)
        try await store.recordConsensus(candidate: anna, profile: "ssm", consensus: Consensus(
            stage: "mixed", competency: "empathy", value: 3.5, rationale: "обсудили")!, actor: "Ирина")
        try await store.recordDecision(candidate: anna, profile: "ssm", decision: .advance, reason: "сильная", actor: "hr")
        try await store.saveDISC(candidate: anna, composite: DISCFactorValues(d: -3, i: 5, s: 0, c: -2), groupCount: 24, actor: "hr")
        try await store.eraseCandidate(gone, actor: "dpo", reason: "request")
        let last = try await store.addCandidate(NewCandidate(name: "Последний", consentDate: "2026-11-02"), actor: "hr").id
        try await store.eraseCandidate(last, actor: "dpo", reason: "request")
        _ = try await store.addAccount(NewAccount(login: LoginName("olga.hr")!, displayName: "Ольга", role: .hr), passwordHash: "$2b$04$x",
                                       actor: "admin")
        _ = try await store.issueToken(login: LoginName("olga.hr")!, actor: "admin")
        try await store.saveWebSession(key: "cookie", data: Data("signed in".utf8), expires: nil, creating: true)
        _ = try await store.declareConflict(candidate: oleg, login: "Ирина", reason: .formerColleague)
        _ = try await store.openGroupSitting(id: "group-0000abcd", profile: ImportTests.profile, guide: ImportTests.guide,
                                             pairs: [("Пётр", anna), ("Пётр", oleg)], actor: "hr")
        _ = try await store.startSittingTimer("group-0000abcd", actor: "hr")
        try await store.setCampaignOptions(CampaignOptions(blindRanking: true), actor: "hr")
    }

    /// Every engine's tables as the copy sees them.
    static func tables(_ store: any CampaignStore) throws -> any CampaignTables {
        try #require(store as? any CampaignTables)
    }

    @Test("SQLite → engine → SQLite: every table, hash, score, id and lock comes back; web sessions stay behind",
          arguments: StoreEngine.all)
    func roundTrip(engine: StoreEngine) async throws {
        let source = try TemporaryDatabase(.sqlite)
        try await Self.campaign(source.store)
        let middle = try TemporaryDatabase(engine), back = try TemporaryDatabase(.sqlite)
        let dumps = try await Self.tables(source.store).dumpTables()
        #expect(dumps.allSatisfy { $0.table.name == "disc_answer" || !$0.rows.isEmpty }, "\(dumps.map { ($0.table.name, $0.rows.count) })")
        let loaded = try await Self.tables(middle.store).loadTables(dumps) { _ in }
        #expect(loaded == dumps.map(\.digest))
        _ = try await Self.tables(back.store).loadTables(try await Self.tables(middle.store).dumpTables()) { _ in }
        for copy in [middle.store, back.store] {
            #expect(try await Self.tables(copy).dumpTables().map(\.digest) == dumps.map(\.digest))
            #expect(try await copy.evidence(profile: "ssm").map { $0.scorecard() } == (try await source.store.evidence(profile: "ssm")).map { $0.scorecard() })
            #expect(try await copy.auditLog() == (try await source.store.auditLog()))
            #expect(try await copy.webSession(key: "cookie") == nil)
            let submitted = try #require(try await copy.sessions(status: .submitted).first)
            await #expect(throws: StoreError.sessionLocked(submitted.id)) {
                try await copy.record(ImportTests.fullAnswers[0], session: submitted.id)
            }
            // New rows get ids past every id the source issued, the last (erased) candidate's included.
            let next = try await copy.addCandidate(NewCandidate(name: "Новый", consentDate: "2026-11-03"), actor: "hr")
            #expect(next.id.rawValue == 5)
        }
    }

    @Test("a destination that holds anything is refused, listing what it holds, and left as it was", arguments: StoreEngine.all)
    func refusesNonEmpty(engine: StoreEngine) async throws {
        let source = try TemporaryDatabase(.sqlite)
        try await Self.campaign(source.store)
        let destination = try TemporaryDatabase(engine)
        _ = try await destination.store.addCandidate(NewCandidate(name: "Уже здесь", consentDate: "2026-11-01"), actor: "hr")
        let before = try await Self.tables(destination.store).dumpTables()
        await #expect(throws: CopyError.notEmpty(location: destination.store.location, rows: ["candidate": 1, "audit": 1])) {
            _ = try await Self.tables(destination.store).loadTables(try await Self.tables(source.store).dumpTables()) { _ in }
        }
        #expect(try await Self.tables(destination.store).dumpTables() == before)
    }

    static let failing = ["candidate", "session", "rating", "checklist_tick", "decision", "audit"]

    @Test("a failure on any table (a duplicate key) rolls the whole copy back: the destination stays empty",
          arguments: StoreEngine.all, failing)
    func failureLeavesNothing(engine: StoreEngine, table: String) async throws {
        let source = try TemporaryDatabase(.sqlite)
        try await Self.campaign(source.store)
        let destination = try TemporaryDatabase(engine)
        let dumps = try await Self.tables(source.store).dumpTables().map { dump in
            dump.table.name == table ? TableDump(table: dump.table, rows: dump.rows + [dump.rows[0]]) : dump
        }
        await #expect(throws: (any Error).self) { _ = try await Self.tables(destination.store).loadTables(dumps) { _ in } }
        let after = try await Self.tables(destination.store).dumpTables()
        let rows = after.filter { $0.table != CampaignTable.idCounters && !$0.rows.isEmpty }
        #expect(rows.isEmpty, "\(rows.map(\.table.name))")
        #expect(after.last?.rows.map { $0[1] } == Array(repeating: .integer(0), count: CampaignTable.generatedIDs.count))
    }
}
