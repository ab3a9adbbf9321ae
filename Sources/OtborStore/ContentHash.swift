import Crypto
import Foundation

/// Content hashes: SHA-256 of the canonical JSON of the model (sorted keys), so formatting and
/// comments in a file do not change it and any change of content does. Every engine keys its
/// content snapshots by it.
public enum ContentHash {
    public static func of<Content: Encodable>(_ content: Content) throws -> String {
        sha256(try canonicalJSON(content))
    }

    /// The JSON a snapshot stores: keys sorted.
    public static func canonicalJSON<Content: Encodable>(_ content: Content) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(content)
    }

    /// Lower-case hex SHA-256 of `data`.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
