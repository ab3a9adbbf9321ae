import Foundation
import OtborCore
import Testing

/// One candidate's deadline as ``RetentionReview`` judges it, from the candidate's record and
/// decisions: what `otbor retention` acts on and the index page shows.
struct RetentionEntryTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
    static func decision(_ decision: Decision, _ day: String) -> DecisionRecord {
        DecisionRecord(profile: "p", decision: decision, reason: "r", decidedBy: "hm", decidedAt: StoreTime.parse(day + "T10:00:00.000Z")!)
    }

    static func candidate(recorded: String? = nil, withdrawn: String? = nil) -> Candidate {
        Candidate(id: CandidateID(7), name: "Анна", consentDate: day("2026-01-01"), consentWithdrawn: withdrawn.map(day),
                  retentionDeadline: recorded.map(day), createdAt: Date(timeIntervalSince1970: 0))
    }

    @Test("the first final decision starts the clock; advance and hold do not", arguments: [
        ([RetentionEntryTests.decision(.advance, "2026-02-01"), RetentionEntryTests.decision(.reject, "2026-02-10"),
          RetentionEntryTests.decision(.hire, "2026-02-20")], "2026-03-12"),
        ([RetentionEntryTests.decision(.hold, "2026-02-01")], nil),
    ])
    func decisions(_ decisions: [DecisionRecord], destroyBy: String?) {
        let entry = RetentionReview.Input(candidate: Self.candidate(), decisions: decisions).entry(today: Self.day("2026-03-02"))
        #expect(entry?.destroyBy == destroyBy.map(Self.day))
        #expect(entry.map { $0.daysRemaining } == destroyBy.map { _ in 10 })
        #expect(decisions.firstFinalDay == (destroyBy == nil ? nil : Self.day("2026-02-10")))
    }

    @Test("a recorded deadline counts only when earlier; a withdrawal before the decision wins")
    func recordedAndWithdrawn() throws {
        let decisions = [Self.decision(.reject, "2026-02-10")]
        let later = try #require(RetentionReview.Input(candidate: Self.candidate(recorded: "2026-04-01"), decisions: decisions)
            .entry(today: Self.day("2026-03-20")))
        #expect(later.destroyBy == Self.day("2026-03-12") && later.event == .decisionCommunicated && later.daysRemaining == -8)
        let earlier = try #require(RetentionReview.Input(candidate: Self.candidate(recorded: "2026-03-01"), decisions: decisions)
            .entry(today: Self.day("2026-03-20")))
        #expect(earlier.destroyBy == Self.day("2026-03-01") && earlier.event == nil)
        let withdrawn = try #require(RetentionReview.Input(candidate: Self.candidate(withdrawn: "2026-02-01"), decisions: decisions)
            .entry(today: Self.day("2026-03-20")))
        #expect(withdrawn.destroyBy == Self.day("2026-03-03") && withdrawn.event == .consentWithdrawn)
        #expect(RetentionReview.Input(candidate: Self.candidate(), decisions: []).entry(today: Self.day("2026-03-20")) == nil)
    }
}
