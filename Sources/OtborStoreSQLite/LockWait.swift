import Foundation
import GRDB
import OtborStore

/// How long the store waits for another process that holds the database, and whom it tells when
/// the wait grows long. The store never prints: a front end supplies `notice` (the CLI writes a
/// line to standard error). Every wait of one operation is bounded by `limit`; past it the
/// operation fails with ``StoreError/busy(path:waited:)``.
public struct LockWait: Sendable {
    /// The default limit, in seconds.
    public static let defaultLimit: TimeInterval = 5

    /// The longest an operation waits for another process's lock, in seconds.
    public var limit: TimeInterval
    /// How long a wait lasts before `notice` is called, once per wait.
    public var noticeAfter: TimeInterval
    /// Called on the waiting thread with the database's path once a wait has lasted `noticeAfter`.
    public var notice: @Sendable (_ path: String) -> Void

    public init(limit: TimeInterval = LockWait.defaultLimit, noticeAfter: TimeInterval = 1,
                notice: @escaping @Sendable (_ path: String) -> Void = { _ in }) {
        self.limit = max(0, limit)
        self.noticeAfter = noticeAfter
        self.notice = notice
    }

    /// The pause before retry `attempt` (from 0): 5, 10, 20, 40, 80 ms, then 100 ms.
    static func pause(_ attempt: Int) -> TimeInterval {
        attempt < 5 ? 0.005 * Double(1 << attempt) : 0.1
    }

    /// The time paused before retry `attempt`.
    static func waited(before attempt: Int) -> TimeInterval {
        attempt <= 5 ? 0.005 * Double((1 << attempt) - 1) : 0.155 + 0.1 * Double(attempt - 5)
    }

    /// SQLite's busy handler for the database at `path`: pauses and retries until `limit` has
    /// passed, calling `notice` when the wait reaches `noticeAfter`.
    func busyMode(path: String) -> Database.BusyMode {
        .callback { [self] attempt in
            let before = Self.waited(before: attempt), pause = Self.pause(attempt)
            guard before < limit else { return false }
            if before < noticeAfter, before + pause >= noticeAfter { notice(path) }
            Thread.sleep(forTimeInterval: min(pause, limit - before))
            return true
        }
    }

    /// Runs `body`, retrying while SQLite reports the file busy in a way its busy handler does not
    /// cover (WAL recovery, a snapshot gone stale); gives up with ``StoreError/busy(path:waited:)``
    /// once `limit` has passed since the first attempt.
    func retrying<T>(path: String, _ body: () throws -> T) throws -> T {
        let start = Date()
        var attempt = 0
        var told = false
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                let waited = Date().timeIntervalSince(start)
                guard waited < limit else { throw StoreError.busy(path: path, waited: limit) }
                if !told, waited >= noticeAfter {
                    told = true
                    notice(path)
                }
                attempt += 1
                Thread.sleep(forTimeInterval: min(0.02 * Double(min(attempt, 10)), limit - waited))
            }
        }
    }
}
