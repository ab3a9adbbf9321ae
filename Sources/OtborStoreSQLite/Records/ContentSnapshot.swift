import OtborStore
import Foundation
import GRDB
import OtborCore

/// A profile or guide exactly as a session used it, stored once per content hash so scores never
/// change silently when a file is edited.
struct ContentSnapshot: Sendable, Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "content_snapshot"

    var hash: String
    var kind: String
    var contentId: String
    var json: Data

    init<Content: Encodable>(kind: String, id: String, content: Content) throws {
        json = try ContentHash.canonicalJSON(content)
        hash = ContentHash.sha256(json)
        self.kind = kind
        contentId = id
    }
}
