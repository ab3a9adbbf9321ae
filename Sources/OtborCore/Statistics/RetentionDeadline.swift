/// The date by which a candidate's personal data must be destroyed (152-FZ art. 21): 30 calendar
/// days after the purpose is achieved (the hiring decision is communicated) or after the
/// candidate withdraws consent, whichever comes first when both happened.
public struct RetentionDeadline: Sendable, Hashable, Codable {
    /// The event that starts the 30 days.
    public enum Event: String, Sendable, Hashable, Codable, CaseIterable {
        /// The hiring decision was communicated to the candidate: the purpose is achieved.
        case decisionCommunicated = "decision-communicated"
        /// The candidate withdrew consent to processing.
        case consentWithdrawn = "consent-withdrawn"
    }

    /// Calendar days between the event and the destruction deadline.
    public static let retentionDays = 30

    public var event: Event
    public var eventDate: CalendarDate
    /// eventDate + 30 calendar days; destruction is due on or before this date.
    public var destroyBy: CalendarDate

    /// The deadline counted from one event.
    public init(event: Event, on date: CalendarDate) {
        self.event = event
        eventDate = date
        destroyBy = date.adding(days: Self.retentionDays)
    }

    /// The deadline from whichever events happened, the earlier when both did (the decision on
    /// the same day); `nil` while neither has happened.
    public init?(decisionCommunicated: CalendarDate?, consentWithdrawn: CalendarDate?) {
        switch (decisionCommunicated, consentWithdrawn) {
        case (nil, nil):
            return nil
        case let (decision?, nil):
            self.init(event: .decisionCommunicated, on: decision)
        case let (nil, withdrawal?):
            self.init(event: .consentWithdrawn, on: withdrawal)
        case let (decision?, withdrawal?):
            if withdrawal < decision {
                self.init(event: .consentWithdrawn, on: withdrawal)
            } else {
                self.init(event: .decisionCommunicated, on: decision)
            }
        }
    }

    /// Whether the deadline has passed on `today` (destruction was due before it).
    public func isOverdue(on today: CalendarDate) -> Bool { today > destroyBy }

    /// Calendar days left until the deadline on `today` (negative when overdue).
    public func daysRemaining(on today: CalendarDate) -> Int { destroyBy.days(since: today) }
}
