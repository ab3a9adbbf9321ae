import Crypto
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

/// Content hashes: SHA-256 of the canonical JSON of the model (sorted keys), so formatting and
/// comments in a file do not change it and any change of content does.
public enum ContentHash {
    public static func of<Content: Encodable>(_ content: Content) throws -> String {
        sha256(try canonicalJSON(content))
    }

    static func canonicalJSON<Content: Encodable>(_ content: Content) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(content)
    }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
