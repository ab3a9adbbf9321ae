import Foundation
import OtborCore

/// Guides decoded from their snapshots, by content hash: a snapshot never changes, so every answer
/// checked against its recorded guide decodes that guide once per store.
final class DecodedGuides: @unchecked Sendable {
    private var guides: [String: InterviewGuide] = [:]
    private let lock = NSLock()

    func guide(hash: String, decode: () async throws -> InterviewGuide) async rethrows -> InterviewGuide {
        if let known = lock.withLock({ guides[hash] }) { return known }
        let guide = try await decode()
        lock.withLock { guides[hash] = guide }
        return guide
    }
}
