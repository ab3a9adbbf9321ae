import Foundation
import GRDB
import OtborStore

/// Scrubbing after an erasure. `secure_delete` overwrites the deleted text in the pages the
/// erasure writes to the WAL; the old pages stay in the database file until a checkpoint copies
/// the new ones over them, and older WAL frames keep the text until the WAL is emptied. Both need
/// every reader that began before the erasure to finish. A checkpoint that waits for them
/// (`TRUNCATE` with a busy handler) would hold the write lock all the while and freeze every other
/// writer, so the scrub only ever tries, on a connection of its own that never waits; while it
/// cannot complete, a row in `erasure_scrub` says so, and every later write tries again.
extension SQLiteStore {
    /// Overwrites the erased text readers kept in the file and the WAL. With `waiting`, tries until
    /// the store's ``LockWait/limit`` has passed (each try takes the write lock only for an instant),
    /// else once. Returns `.pending` with the readers' process ids while readers still hold it.
    public func scrubErasures(waiting: Bool) throws -> ErasureScrub {
        guard access == .readWrite else { throw StoreError.invalid("the database \(path) was opened read-only") }
        let start = Date()
        var attempt = 0
        while try !scrubOnce() {
            let waited = Date().timeIntervalSince(start)
            guard waiting, waited < wait.limit else { return .pending(readers: WALReaders.processes(of: path)) }
            Thread.sleep(forTimeInterval: min(LockWait.pause(attempt), wait.limit - waited))
            attempt += 1
        }
        return .done
    }

    /// Marks, inside the erasing transaction, that erased text may remain until a scrub completes.
    func markScrubPending(_ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO erasure_scrub (id, since) VALUES (1, ?)", arguments: [now])
    }

    static func scrubIsPending(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM erasure_scrub)") ?? false
    }

    /// One try that never waits: a `TRUNCATE` checkpoint copies every page into the file and
    /// empties the WAL, or reports busy when a reader or a writer is in the way. `true` when
    /// nothing is pending any more.
    func scrubOnce() throws -> Bool {
        guard try read({ try Self.scrubIsPending($0) }) else { return true }
        var configuration = Self.configuration(.readWrite, wait: wait, path: path)
        configuration.busyMode = .immediateError
        return try guarded(retrying: false) {
            do {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                defer { try? queue.close() }
                return try queue.writeWithoutTransaction { db in
                    guard try Self.checkpointTruncating(db) else { return false }
                    try db.execute(sql: "DELETE FROM erasure_scrub")
                    _ = try Self.checkpointTruncating(db)
                    return true
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                return false
            }
        }
    }

    /// `PRAGMA wal_checkpoint(TRUNCATE)`: `true` when it completed (its first column, busy, is 0).
    private static func checkpointTruncating(_ db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") == 0
    }
}
