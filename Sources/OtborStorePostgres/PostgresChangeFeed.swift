import Foundation
import Logging
import OtborStore
import PostgresNIO

/// The PostgreSQL engine's change feed: a write that changes a board sends
/// `pg_notify('otbor_changes', subject)` inside its transaction, so PostgreSQL delivers it only
/// when (and if) the transaction commits, to every server listening on the database. Each store
/// keeps ONE listening connection of its own (outside the pool), opened when the first reader
/// asks for ``changes()``, and fans what it hears out to every reader (``LocalChangeFeed``).
/// When the connection drops, it connects again with a growing pause (0.1 s doubling to 5 s) and,
/// once listening again, says ``StoreChange/resumed`` so readers look again for what they missed.
final class PostgresChangeFeed: ChangeFeed, @unchecked Sendable {
    /// The notification channel every engine instance on a database shares.
    static let channel = "otbor_changes"
    /// The longest pause between attempts to connect again.
    static let longestPause: Duration = .seconds(5)

    private let configuration: PostgresConnection.Configuration
    private let logger: Logger
    private let fanOut = LocalChangeFeed()
    private let lock = NSLock()
    private var listener: Task<Void, Never>?
    private var stopped = false

    init(configuration: PostgresConnection.Configuration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    deinit {
        listener?.cancel()
    }

    func changes() -> AsyncStream<StoreChange> {
        let stream = fanOut.changes()
        lock.withLock {
            guard listener == nil, !stopped else { return }
            listener = Task { [configuration, logger, fanOut] in
                await Self.listen(configuration: configuration, logger: logger, into: fanOut)
            }
        }
        return stream
    }

    /// Stops listening and closes the connection; waits until it is closed.
    func stop() async {
        let task = lock.withLock { () -> Task<Void, Never>? in
            stopped = true
            return listener
        }
        task?.cancel()
        await task?.value
    }

    /// Listens until cancelled, connecting again whenever the connection fails.
    private static func listen(configuration: PostgresConnection.Configuration, logger: Logger, into fanOut: LocalChangeFeed) async {
        var pause: Duration = .milliseconds(100)
        while !Task.isCancelled {
            do {
                let connection = try await PostgresConnection.connect(configuration: configuration, id: 3, logger: logger)
                do {
                    try await withTaskCancellationHandler {
                        try await connection.listen(on: channel) { notifications in
                            pause = .milliseconds(100)
                            fanOut.signal(.resumed)
                            for try await notification in notifications {
                                fanOut.signal(StoreChange(subject: notification.payload))
                            }
                        }
                    } onCancel: {
                        connection.close().whenComplete { _ in }
                    }
                } catch {
                    logger.debug("change feed: \(error)")
                }
                try? await connection.close()
            } catch {
                logger.debug("change feed: cannot connect: \(error)")
            }
            guard !Task.isCancelled else { return }
            try? await Task.sleep(for: pause)
            pause = min(pause * 2, longestPause)
        }
    }
}
