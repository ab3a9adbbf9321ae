import Testing
import OtborCore

struct RetentionDeadlineTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test("F21: decision 2026-02-10 ⇒ destroy by 2026-03-12")
    func decision() throws {
        let deadline = try #require(RetentionDeadline(decisionCommunicated: Self.date("2026-02-10"), consentWithdrawn: nil))
        #expect(deadline.event == .decisionCommunicated)
        #expect(deadline.destroyBy == Self.date("2026-03-12"))
    }

    @Test("F21: consent withdrawn 2026-03-01 ⇒ destroy by 2026-03-31")
    func withdrawal() throws {
        let deadline = try #require(RetentionDeadline(decisionCommunicated: nil, consentWithdrawn: Self.date("2026-03-01")))
        #expect(deadline.event == .consentWithdrawn)
        #expect(deadline.destroyBy == Self.date("2026-03-31"))
    }

    @Test("rollovers: leap February and the year end", arguments: [
        ("2028-02-15", "2028-03-16"), ("2026-12-15", "2027-01-14"), ("2026-02-15", "2026-03-17"),
    ])
    func rollovers(_ event: String, _ expected: String) {
        #expect(RetentionDeadline(event: .decisionCommunicated, on: Self.date(event)).destroyBy == Self.date(expected))
    }

    @Test("both events: the earlier counts; a tie counts as the decision")
    func bothEvents() throws {
        let withdrawnFirst = try #require(RetentionDeadline(
            decisionCommunicated: Self.date("2026-03-05"), consentWithdrawn: Self.date("2026-03-01")))
        #expect(withdrawnFirst.event == .consentWithdrawn && withdrawnFirst.destroyBy == Self.date("2026-03-31"))
        let decidedFirst = try #require(RetentionDeadline(
            decisionCommunicated: Self.date("2026-02-10"), consentWithdrawn: Self.date("2026-03-01")))
        #expect(decidedFirst.event == .decisionCommunicated && decidedFirst.destroyBy == Self.date("2026-03-12"))
        let sameDay = try #require(RetentionDeadline(
            decisionCommunicated: Self.date("2026-03-01"), consentWithdrawn: Self.date("2026-03-01")))
        #expect(sameDay.event == .decisionCommunicated)
    }

    @Test("no event yet: no deadline")
    func none() {
        #expect(RetentionDeadline(decisionCommunicated: nil, consentWithdrawn: nil) == nil)
    }

    @Test("days remaining and overdue")
    func overdue() {
        let deadline = RetentionDeadline(event: .decisionCommunicated, on: Self.date("2026-02-10"))
        #expect(deadline.daysRemaining(on: Self.date("2026-03-02")) == 10)
        #expect(!deadline.isOverdue(on: Self.date("2026-03-12")))
        #expect(deadline.isOverdue(on: Self.date("2026-03-13")))
        #expect(deadline.daysRemaining(on: Self.date("2026-03-13")) == -1)
    }
}
