import Foundation

/// A person who applied: contacts, consent, the voluntary group for fairness checks, retention.
public struct Candidate: Sendable, Hashable, Identifiable {
    public var id: CandidateID
    public var name: String
    public var email: String?
    public var phone: String?
    /// Where the application came from (job board, referral …).
    public var source: String?
    /// The day consent to processing was given.
    public var consentDate: CalendarDate
    /// The day consent was withdrawn, if it was.
    public var consentWithdrawn: CalendarDate?
    /// A group the candidate chose to state, used only for adverse-impact checks.
    public var fairnessGroup: String?
    /// The day by which the data must be destroyed (F21), once known.
    public var retentionDeadline: CalendarDate?
    public var notes: String?
    public var createdAt: Date

    public init(
        id: CandidateID, name: String, email: String? = nil, phone: String? = nil, source: String? = nil,
        consentDate: CalendarDate, consentWithdrawn: CalendarDate? = nil, fairnessGroup: String? = nil,
        retentionDeadline: CalendarDate? = nil, notes: String? = nil, createdAt: Date
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
        self.source = source
        self.consentDate = consentDate
        self.consentWithdrawn = consentWithdrawn
        self.fairnessGroup = fairnessGroup
        self.retentionDeadline = retentionDeadline
        self.notes = notes
        self.createdAt = createdAt
    }
}
