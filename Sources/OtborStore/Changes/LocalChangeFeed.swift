import Foundation

/// The in-process fan-out of changes: every open ``changes()`` stream receives every
/// ``signal(_:)``. The SQLite engine's feed, and the one the PostgreSQL engine's listener feeds.
public final class LocalChangeFeed: ChangeFeed, @unchecked Sendable {
    /// How many unread changes a stream keeps (the newest); a reader looks again anyway.
    public static let buffered = 8

    private let lock = NSLock()
    private var next = 0
    private var open: [Int: AsyncStream<StoreChange>.Continuation] = [:]

    public init() {}

    public func changes() -> AsyncStream<StoreChange> {
        let (stream, continuation) = AsyncStream.makeStream(of: StoreChange.self, bufferingPolicy: .bufferingNewest(Self.buffered))
        let key = lock.withLock {
            defer { next += 1 }
            open[next] = continuation
            return next
        }
        continuation.onTermination = { [weak self] _ in self?.close(key) }
        return stream
    }

    /// Hands `change` to every open stream.
    public func signal(_ change: StoreChange) {
        for continuation in lock.withLock({ Array(open.values) }) { continuation.yield(change) }
    }

    /// How many streams are open.
    public var listeners: Int { lock.withLock { open.count } }

    private func close(_ key: Int) {
        _ = lock.withLock { open.removeValue(forKey: key) }
    }
}
