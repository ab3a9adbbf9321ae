import Foundation
import OtborStore

/// What wakes a board stream (``BoardEvents``): a change heard on the store's feed, or the clock.
/// Changes that arrive while the stream is busy collapse into one wake (a change wins over an
/// answer saved, which wins over a tick), so a burst costs one more read of the board. Once the
/// stream has read its board, only the changes that concern it (``BoardInterest``) wake it.
final class BoardWakes: @unchecked Sendable {
    /// In order of precedence: a change to show at once, an answer saved (only the progress
    /// moved, shown at the board's pace), the clock.
    enum Wake: Sendable, Comparable { case tick, progress, change }

    private let wakes: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private var iterator: AsyncStream<Void>.AsyncIterator
    private let lock = NSLock()
    private var pending: Wake?
    private var interest: BoardInterest?
    private var tasks: [Task<Void, Never>] = []

    init(feed: any ChangeFeed, tick: Duration) {
        (wakes, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        iterator = wakes.makeAsyncIterator()
        let changes = feed.changes()
        tasks = [
            Task { [weak self] in
                for await change in changes { self?.heard(change) }
            },
            Task { [weak self] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: tick)
                    self?.wake(.tick)
                }
            },
        ]
    }

    /// The next wake; `nil` once stopped. Only the stream's own task calls it.
    func next() async -> Wake? {
        guard await iterator.next() != nil else { return nil }
        return lock.withLock {
            defer { pending = nil }
            return pending ?? .tick
        }
    }

    /// From now on, wake only for the changes that concern the board as last read.
    func attend(_ interest: BoardInterest) {
        lock.withLock { self.interest = interest }
    }

    /// Stops listening and ends ``next()``.
    func stop() {
        for task in lock.withLock({ tasks }) { task.cancel() }
        continuation.finish()
    }

    private func heard(_ change: StoreChange) {
        let concerned = change == .resumed || lock.withLock { interest?.concerns(change) ?? true }
        if concerned { wake(change.isProgress ? .progress : .change) }
    }

    private func wake(_ wake: Wake) {
        lock.withLock { if pending.map({ $0 < wake }) ?? true { pending = wake } }
        continuation.yield()
    }
}
