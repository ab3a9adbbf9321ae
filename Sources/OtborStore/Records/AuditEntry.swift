import GRDB

/// One line of the append-only audit log: who changed what, when. It never holds a candidate's
/// name, contacts or notes, only ids, so it stays anonymous after an erasure.
public struct AuditEntry: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "audit"

    public var id: Int64?
    public var at: String
    public var actor: String
    /// Such as `candidate.add`, `rating.record`, `session.submit`, `candidate.erase`.
    public var action: String
    /// The record changed, such as `candidate:3` or `session:12`.
    public var subject: String
    public var detail: String

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
