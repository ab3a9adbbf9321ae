import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// Screening facts in the store: recorded in the option column (no schema change), read back as
/// facts, refused when they do not fit, and judged in the evidence once submitted.
struct FactStoreTests {
    static func text(_ ru: String) -> LocalizedText { LocalizedText(ru: ru, en: ru) }

    static let guide = InterviewGuide(id: "screen", kind: .phone, title: text("Скрининг"), duration: 10, items: [
        GuideItem(id: "lead", content: .fact(ScreeningFact(topic: .managementExperience, text: text("Руководили?"), options: [
            .init(id: "never", text: text("нет"), verdict: .fail, reason: text("не руководил")),
            .init(id: "yes", text: text("да"), verdict: .pass, reason: text("руководил")),
        ]))),
        GuideItem(id: "money", content: .fact(ScreeningFact(topic: .salary, text: text("Сколько?")))),
    ], provenance: Provenance(authored: "test"))

    static let profile = JobProfile(id: "head", title: text("Руководитель"), level: .head,
                                    salary: SalaryBand(min: 100_000, max: 200_000, currency: "RUB", setBy: .placeholder),
                                    process: [ProcessStage(guide: "screen", weight: 1)])

    static func open(_ engine: StoreEngine) async throws -> (temp: TemporaryDatabase, candidate: CandidateID, session: SessionID) {
        let temp = try TemporaryDatabase(engine)
        let id = try await temp.store.addCandidate(NewCandidate(name: "Анна", consentDate: "2025-01-01"), actor: "hr").id
        let session = try await temp.store.startSession(candidate: id, profile: profile, guide: guide, assessor: "Ирина")
        return (temp, id, session.id)
    }

    static func answer(_ key: String, _ value: AnswerValue) -> RecordedAnswer {
        RecordedAnswer(step: InterviewStep(key: key)!, value: value, note: "")
    }

    @Test("an option and an amount are recorded, read back as facts and judged once submitted", arguments: StoreEngine.all)
    func recorded(engine: StoreEngine) async throws {
        let (temp, candidate, session) = try await Self.open(engine)
        try await temp.store.record(Self.answer("lead#fact", .fact(.option("never"))), session: session)
        try await temp.store.record(Self.answer("money#fact", .fact(.amount(150_000))), session: session)
        let answers = try await temp.store.answers(session: session)
        let facts: [String: FactAnswer?] = ["lead#fact": .option("never"), "money#fact": .amount(150_000)]
        #expect(answers.facts == facts && answers.classifications.isEmpty)
        #expect(try await temp.store.evidence(profile: "head", candidate: candidate).first?.screening.facts.isEmpty == true)
        try await temp.store.submit(session: session)
        let screening = try #require(try await temp.store.evidence(profile: "head", candidate: candidate).first?.screening)
        #expect(screening.knockouts.map(\.reason.ru) == ["не руководил"])
        #expect(screening.facts.map(\.verdict) == [.fail, .pass])
    }

    @Test("a fact that does not fit its step is refused with what is wrong", arguments: StoreEngine.all, [
        (answer("lead#fact", .fact(.option("maybe"))), "'lead#fact' of guide 'screen': option 'maybe' is not one of the step's options"),
        (answer("lead#fact", .fact(.amount(5))), "'lead#fact' of guide 'screen': it records one of its options, not an amount"),
        (answer("money#fact", .fact(.option("yes"))), "'money#fact' of guide 'screen': it records an amount (a whole number), not an option"),
        (answer("money#fact", .rating(3)), "'money#fact' of guide 'screen': it takes a fact answer, not a rating"),
    ])
    func refused(engine: StoreEngine, row: (answer: RecordedAnswer, message: String)) async throws {
        let (temp, _, session) = try await Self.open(engine)
        await #expect(throws: StoreError.invalid(row.message)) { try await temp.store.record(row.answer, session: session) }
        #expect(try await temp.store.answers(session: session) == SessionAnswers())
    }
}
