import Foundation
import OtborCore
import Testing
import OtborStore
import OtborTestSupport

/// The retention rule (F21) as `otbor retention` applies it, erasure of the overdue, and the dossier read.
struct StorePeopleTests {
    func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test("overdue only after the deadline day; due within the window inclusive; further ones and open cases left out")
    func boundaries() {
        let inputs = [
            RetentionReview.Input(candidateId: 1, name: "a", consentWithdrawn: day("2025-01-10")),  // 02-09
            RetentionReview.Input(candidateId: 2, name: "b", consentWithdrawn: day("2025-01-11")),  // 02-10
            RetentionReview.Input(candidateId: 3, name: "c", firstDecision: day("2025-01-18")),     // 02-17
            RetentionReview.Input(candidateId: 4, name: "d", firstDecision: day("2025-01-19")),     // 02-18
            RetentionReview.Input(candidateId: 5, name: "e"),
        ]
        let review = RetentionReview(today: day("2025-02-10"), candidates: inputs)
        #expect(review.overdue.map(\.candidateId) == [1])
        #expect(review.overdue[0].daysRemaining == -1 && review.overdue[0].event == .consentWithdrawn)
        #expect(review.dueSoon.map(\.candidateId) == [2, 3])
        #expect(review.dueSoon.map(\.daysRemaining) == [0, 7])
        #expect(review.dueSoon[1].event == .decisionCommunicated && review.dueSoon[1].eventDate == day("2025-01-18"))
    }

    @Test("the earlier of the events counts, and a recorded deadline only ever moves it closer")
    func earliest() {
        let both = RetentionReview.Input(candidateId: 1, name: "a", firstDecision: day("2025-01-20"), consentWithdrawn: day("2025-01-05"))
        let recordedEarlier = RetentionReview.Input(candidateId: 2, name: "b", recordedDeadline: day("2025-01-15"),
                                                    firstDecision: day("2025-01-20"))
        let recordedLater = RetentionReview.Input(candidateId: 3, name: "c", recordedDeadline: day("2025-12-31"),
                                                  firstDecision: day("2025-01-01"))
        let review = RetentionReview(today: day("2025-02-10"), candidates: [both, recordedEarlier, recordedLater])
        #expect(review.overdue.map(\.candidateId) == [2, 3, 1])
        #expect(review.overdue.map(\.destroyBy) == [day("2025-01-15"), day("2025-01-31"), day("2025-02-04")])
        #expect(review.overdue[0].event == nil)
    }

    @Test("eraseOverdue erases the overdue candidates in one go and leaves the others", arguments: StoreEngine.all)
    func eraseOverdue(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let old = try await temp.store.addCandidate(NewCandidate(name: "Старый Срок", consentDate: "2024-12-01", notes: "СЛЕД-111"), actor: "hr").id
        let fresh = try await temp.store.addCandidate(NewCandidate(name: "Новый Срок", consentDate: "2024-12-01"), actor: "hr").id
        try await temp.store.withdrawConsent(candidate: old, on: day("2025-01-01"), actor: "dpo")
        try await temp.store.withdrawConsent(candidate: fresh, on: day("2025-02-01"), actor: "dpo")
        let erased = try await temp.store.eraseOverdue(today: day("2025-02-10"), actor: "cron")
        #expect(erased.map(\.candidateId) == [old])
        #expect(try await temp.store.candidates().map(\.id) == [fresh])
        let bytes = try temp.fileBytes()
        #expect(bytes.range(of: Data("Старый".utf8)) == nil && bytes.range(of: Data("СЛЕД-111".utf8)) == nil)
        #expect(try await temp.store.auditLog().last.map { ($0.action.rawValue, $0.detail, $0.actor) } ?? ("", "", "") == ("candidate.erase", "retention", "cron"))
        #expect(try await temp.store.eraseOverdue(today: day("2025-02-10"), actor: "cron").isEmpty)
    }

    @Test("the dossier holds every answer kind with notes, red flags and decisions", arguments: StoreEngine.all)
    func dossier(engine: StoreEngine) async throws {
        let temp = try TemporaryDatabase(engine)
        let id = try await temp.store.addCandidate(NewCandidate(name: "Анна", consentDate: "2025-01-01"), actor: "hr").id
        let session = try await temp.store.startSession(candidate: id, profile: StoreFixture.profile, guide: StoreFixture.guide, assessor: "Ирина")
        try await temp.store.record(RecordedAnswer(step: StoreFixture.guide.steps[0], value: .rating(nil), note: "n"), session: session.id)
        try await temp.store.record(RecordedAnswer(step: InterviewStep(item: "rp", kind: .checklist), value: .checklist(["b", "a"])), session: session.id)
        try await temp.store.recordRedFlag(RecordedRedFlag(flag: "rude", note: "перебивал"), session: session.id)
        try await temp.store.recordDecision(candidate: id, profile: "ssm", decision: .reject, reason: "r", actor: "hm")
        let dossier = try await temp.store.dossier(candidate: id)
        let file = try #require(dossier.applications.first)
        #expect(file.sessions.first?.answers.map(\.step) == ["q1", "rp#checklist"])
        #expect(file.sessions.first?.answers.map(\.value) == [.rating(nil), .checklist(["a", "b"])])
        #expect(file.sessions.first?.redFlags == [RecordedRedFlag(flag: "rude", note: "перебивал")])
        #expect(file.decisions.map(\.decision) == [.reject])
        await #expect(throws: StoreError.unknownCandidate("99")) { try await temp.store.dossier(candidate: 99) }
    }
}
