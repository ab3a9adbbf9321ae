import GRDB

/// A candidate applying for one profile; sessions, consensus and decisions belong to it.
public struct Application: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "application"

    public var id: Int64?
    public var candidateId: Int64
    public var profile: String
    /// Content hash of the profile when the application was opened.
    public var profileHash: String
    public var createdAt: String

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
