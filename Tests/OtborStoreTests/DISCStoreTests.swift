import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// Saving and reading DISC results.
struct DISCStoreTests {
    @Test("an inventory result keeps counts and answers; an import keeps the composite only; both audited", arguments: StoreEngine.all)
    func saveAndRead(engine: StoreEngine) async throws {
        let database = try TemporaryDatabase(engine)
        let store = database.store
        let person = try await store.addCandidate(NewCandidate(name: "Anna", consentDate: "2025-01-10"), actor: "hr")
        let id = person.id
        #expect(try await store.discResult(candidate: id) == nil)
        let answers = DISCAnswers([.init(group: "g1", most: .d, least: .s), .init(group: "g2", most: .c, least: .s)])
        let result = try #require(DISCResult(most: DISCFactorValues(d: 1, i: 0, s: 0, c: 1), least: DISCFactorValues(d: 0, i: 0, s: 2, c: 0)))
        try await store.saveDISC(candidate: id, answers: answers, result: result, source: .inventory, actor: "hr")
        let stored = try #require(try await store.discResult(candidate: id))
        #expect(stored.composite == DISCFactorValues(d: 1, i: 0, s: -2, c: 1))
        #expect(stored.groupCount == 2)
        #expect(stored.result == result)
        #expect(try await store.discAnswers(candidate: id).map { "\($0.most.rawValue)\($0.least.rawValue)" } == ["DS", "CS"])

        try await store.saveDISC(candidate: id, composite: DISCFactorValues(d: -3, i: 5, s: 0, c: -2), groupCount: 24, actor: "hr")
        let imported = try #require(try await store.discResult(candidate: id))
        #expect(imported.source == .import && imported.most == nil && imported.result == nil)
        #expect(imported.styleCode().description == "I")
        #expect(try await store.discAnswers(candidate: id).isEmpty)
        #expect(try await store.auditLog(subject: "candidate:\(id)").filter { $0.action.rawValue == "disc.save" }.count == 2)

        await #expect(throws: StoreError.invalid("the four values add up to 1, but a Graph III composite sums to 0")) {
            try await store.saveDISC(candidate: id, composite: DISCFactorValues(d: 1, i: 0, s: 0, c: 0), groupCount: 24, actor: "hr")
        }
        await #expect(throws: StoreError.unknownCandidate("999")) {
            try await store.saveDISC(candidate: 999, composite: DISCFactorValues(d: 1, i: -1, s: 0, c: 0), groupCount: 24, actor: "hr")
        }
        try await store.eraseCandidate(id, actor: "hr", reason: "request")
        #expect(try await store.discResult(candidate: id) == nil)
    }
}
