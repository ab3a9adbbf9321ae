import Foundation
import OtborCore
import OtborServices
import OtborStore
import Testing

/// Consensus and decisions through the services, as any front end records them.
struct PanelConsensusTests {
    @Test("a flagged disagreement takes a half-step consensus; the agreed stage and 3.25 are refused with what was wrong")
    func consensus() async throws {
        let fixture = try ServiceFixture()
        let anna = try await fixture.add("Анна Петрова")
        try await fixture.rate(anna, guide: "phone-screen", assessor: "Ирина", score: 1)
        try await fixture.rate(anna, guide: "phone-screen", assessor: "Олег", score: 5)
        try await fixture.rate(anna, guide: "hr-interview", assessor: "Ирина", score: 4)
        try await fixture.rate(anna, guide: "hr-interview", assessor: "Олег", score: 4)
        let panel = PanelConsensus(campaign: fixture.campaign)

        let review = try await panel.review(candidate: anna, profile: nil, stage: nil)
        #expect(!review.flagged.isEmpty && review.flagged.allSatisfy { $0.stage == "phone-screen" })
        #expect(review.flagged.allSatisfy { $0.byAssessor == ["Ирина": 1, "Олег": 5] && $0.aggregate.mean == 3 })
        #expect(review.waiting.isEmpty)

        let competency = try #require(review.flagged.first?.competency)
        await #expect(throws: ConsensusError.notAConsensus(3.25)) {
            try await panel.record(3.25, stage: "phone-screen", competency: competency, rationale: "пример", candidate: anna,
                                   profile: nil, actor: "hm")
        }
        let agreedCompetency = try #require(try await fixture.campaign.evidence(candidate: anna, explicit: nil)?.scorecard()
            .competencies.flatMap(\.stages).first { $0.stage == "hr-interview" }?.competency)
        await #expect(throws: ConsensusError.notFlagged(competency: agreedCompetency, stage: "hr-interview", ratings: [4, 4])) {
            try await panel.record(4, stage: "hr-interview", competency: agreedCompetency, rationale: "пример", candidate: anna,
                                   profile: nil, actor: "hm")
        }

        let recorded = try await panel.record(3.5, stage: "phone-screen", competency: competency, rationale: "обсудили пример",
                                              candidate: anna, profile: nil, actor: "hm")
        #expect(recorded.consensus.value == 3.5 && recorded.mean == 3)
        let after = try await panel.review(candidate: anna, profile: nil, stage: "phone-screen")
        #expect(after.flagged.first { $0.competency == competency }?.consensus?.value == 3.5)
        let log = try await fixture.campaign.store.auditLog()
        #expect(log.filter { $0.action == .consensusRecord }.map(\.actor) == ["hm"])
    }

    @Test("a decision goes to the only application and a final one sets the deadline 30 days on; no application is refused")
    func decisions() async throws {
        let fixture = try ServiceFixture()
        let anna = try await fixture.add("Анна Петрова")
        let desk = DecisionDesk(store: fixture.campaign.store)
        await #expect(throws: CampaignError.noInterviews(candidate: anna.id)) {
            try await desk.decide(candidate: anna, profile: nil, decision: .advance, reason: "r", actor: "hm")
        }
        try await fixture.rate(anna, guide: "phone-screen", assessor: "Ирина", score: 4)
        let advanced = try await desk.decide(candidate: anna, profile: nil, decision: .advance, reason: "сильный скрининг", actor: "hm")
        #expect(advanced.profile == "senior-support-manager" && advanced.record?.decision == .advance && advanced.deadline == nil)
        let rejected = try await desk.decide(candidate: anna, profile: nil, decision: .reject, reason: "нет опыта", actor: "hm")
        let day = try #require(rejected.record.map { CalendarDate(utc: $0.decidedAt) })
        #expect(rejected.deadline?.destroyBy == day.adding(days: 30))
        #expect(try await fixture.campaign.store.candidate("1").retentionDeadline == day.adding(days: 30))
    }
}
