import GRDB

/// A person who applied: contacts, consent, the voluntary group for fairness checks, retention.
public struct Candidate: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "candidate"

    public var id: Int64?
    public var name: String
    public var email: String?
    public var phone: String?
    /// Where the application came from (job board, referral …).
    public var source: String?
    /// The day consent to processing was given, `yyyy-mm-dd`.
    public var consentDate: String
    /// The day consent was withdrawn, if it was.
    public var consentWithdrawn: String?
    /// A group the candidate chose to state, used only for adverse-impact checks.
    public var fairnessGroup: String?
    /// The day by which the data must be destroyed (F21), once known.
    public var retentionDeadline: String?
    public var notes: String?
    public var createdAt: String

    public init(
        id: Int64? = nil, name: String, email: String? = nil, phone: String? = nil, source: String? = nil,
        consentDate: String, consentWithdrawn: String? = nil, fairnessGroup: String? = nil,
        retentionDeadline: String? = nil, notes: String? = nil, createdAt: String = ""
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

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
