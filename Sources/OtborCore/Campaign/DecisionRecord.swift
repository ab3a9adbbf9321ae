import Foundation

/// A decision as recorded on an application: what, why, by whom and when.
public struct DecisionRecord: Sendable, Hashable {
    public var profile: String
    public var decision: Decision
    public var reason: String
    public var decidedBy: String
    public var decidedAt: Date

    public init(profile: String, decision: Decision, reason: String, decidedBy: String, decidedAt: Date) {
        self.profile = profile
        self.decision = decision
        self.reason = reason
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}

extension RetentionDeadline {
    /// The deadline (F21) from the first final decision among `decisions` and the consent
    /// withdrawal, whichever is earlier; `nil` when neither has happened.
    public init?(decisions: [DecisionRecord], consentWithdrawn: CalendarDate?) {
        self.init(decisionCommunicated: decisions.firstFinalDay, consentWithdrawn: consentWithdrawn)
    }
}

extension Array where Element == DecisionRecord {
    /// The day (UTC) of the first final decision (``Decision/isFinal``), the event that starts the
    /// retention clock (F21); `nil` when no decision is final.
    public var firstFinalDay: CalendarDate? {
        filter(\.decision.isFinal).map(\.decidedAt).min().map(CalendarDate.init(utc:))
    }
}
