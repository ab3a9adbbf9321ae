import Foundation
import OtborCore
import OtborReport
import OtborServices
import OtborStore
import Testing

/// The index dashboard assembled from a campaign through the store protocol, as `otbor report all` does.
struct IndexDashboardTests {
    @Test("sessions in every state give done, in-progress and not-started marks; rows in compare's order with hurdle, last decision and deadline")
    func dashboard() async throws {
        let fixture = try ServiceFixture()
        let store = fixture.campaign.store
        let anna = try await fixture.add("Анна Петрова"), boris = try await fixture.add("Борис Орлов")
        let vera = try await fixture.add("Вера Смирнова"), dmitri = try await fixture.add("Дмитрий Белов")
        for assessor in ["Ирина", "Олег"] {
            try await fixture.rate(anna, guide: "phone-screen", assessor: assessor, score: 5)
            try await fixture.rate(dmitri, guide: "phone-screen", assessor: assessor, score: 4)
            try await fixture.rate(dmitri, guide: "hr-interview", assessor: assessor, score: 4)
            try await fixture.rate(boris, guide: "phone-screen", assessor: assessor, score: 1)
            try await fixture.rate(boris, guide: "hr-interview", assessor: assessor, score: 1)
        }
        // Anna's HR interview: one assessor submitted, the other is still rating.
        try await fixture.rate(anna, guide: "hr-interview", assessor: "Ирина", score: 5)
        let hr = ServiceFixture.library.guide("hr-interview")!, phone = ServiceFixture.library.guide("phone-screen")!
        _ = try await store.startSession(candidate: anna.id, profile: ServiceFixture.profile, guide: hr, assessor: "Олег")
        _ = try await store.startSession(candidate: vera.id, profile: ServiceFixture.profile, guide: phone, assessor: "Ирина")

        let profile = ServiceFixture.profile.id
        try await store.recordDecision(candidate: anna.id, profile: profile, decision: .hold, reason: "ждём HR", actor: "hm")
        try await store.recordDecision(candidate: anna.id, profile: profile, decision: .advance, reason: "сильная", actor: "hm")
        try await store.recordDecision(candidate: boris.id, profile: profile, decision: .reject, reason: "ниже порога", actor: "hm")
        let today = CalendarDate(utc: Date())
        try await store.withdrawConsent(candidate: vera.id, on: today, actor: "hr")

        let evidence = try await store.evidence(profile: profile)
        let assembler = ReportAssembler(store: store, library: ServiceFixture.library, now: Date(), timeZone: .gmt)
        let dashboard = try await assembler.indexProfile(
            profile: ServiceFixture.profile, evidence: evidence, comparisonFile: "compare-x.html", ratersFile: nil,
            reportFile: { $0 == anna.id.description ? "candidate-\($0).html" : nil })

        // The order `otbor compare` prints: hurdle first, then S; Boris fails the hurdle, Vera has no score, and
        // neither has Anna: the phone screen she finished measures only the profile's context requirements.
        #expect(dashboard.rows.map(\.candidate.id) == evidence.ranking().entries.map(\.candidate))
        #expect(dashboard.rows.map(\.candidate.name) == ["Дмитрий Белов", "Анна Петрова", "Вера Смирнова", "Борис Орлов"])
        #expect(dashboard.rows.map(\.standing.hurdle) == [.incomplete, .incomplete, .incomplete, .failed])
        #expect(dashboard.rows.map { $0.standing.s == nil } == [false, true, true, false])

        let rows = Dictionary(uniqueKeysWithValues: dashboard.rows.map { ($0.candidate.name, $0) })
        #expect(rows["Анна Петрова"]?.progress == ["phone-screen": .done, "hr-interview": .inProgress])
        #expect(rows["Дмитрий Белов"]?.progress == ["phone-screen": .done, "hr-interview": .done])
        #expect(rows["Вера Смирнова"]?.progress == ["phone-screen": .inProgress])
        #expect(dashboard.stages.map(\.guide) == ServiceFixture.profile.process.map(\.guide))
        #expect(dashboard.stages.first?.title == phone.title)

        #expect(rows["Анна Петрова"]?.lastDecision?.decision == .advance)
        #expect(rows["Анна Петрова"]?.retention == nil)
        let rejected = try #require(rows["Борис Орлов"]?.lastDecision)
        #expect(rejected.decision == .reject)
        #expect(rows["Борис Орлов"]?.retention?.destroyBy == CalendarDate(utc: rejected.decidedAt).adding(days: 30))
        #expect(rows["Борис Орлов"]?.retention?.event == .decisionCommunicated)
        #expect(rows["Вера Смирнова"]?.retention?.destroyBy == today.adding(days: 30))
        #expect(rows["Вера Смирнова"]?.retention?.daysRemaining == 30)
        #expect(rows["Вера Смирнова"]?.lastDecision == nil)

        #expect(dashboard.rows.map(\.reportFile) == [nil, "candidate-\(anna.id).html", nil, nil])
        #expect(dashboard.comparisonFile == "compare-x.html" && dashboard.ratersFile == nil)
        #expect(dashboard.title == ServiceFixture.profile.title)
    }
}
