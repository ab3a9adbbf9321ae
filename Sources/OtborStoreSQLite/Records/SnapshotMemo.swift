import Foundation

/// The last snapshot made of each profile and guide, so an import in many calls encodes and hashes
/// its content once, not once per call. A hit needs content equal to the cached one: an edited
/// file gets a new snapshot.
final class SnapshotMemo: @unchecked Sendable {
    private var entries: [String: (content: any Sendable, snapshot: ContentSnapshot)] = [:]
    private let lock = NSLock()

    func snapshot<Content: Encodable & Equatable & Sendable>(kind: String, id: String, content: Content) throws -> ContentSnapshot {
        let key = kind + "/" + id
        if let hit = lock.withLock({ entries[key] }), let cached = hit.content as? Content, cached == content {
            return hit.snapshot
        }
        let snapshot = try ContentSnapshot(kind: kind, id: id, content: content)
        lock.withLock { entries[key] = (content, snapshot) }
        return snapshot
    }
}
