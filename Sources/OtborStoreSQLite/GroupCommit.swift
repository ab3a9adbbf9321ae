import Foundation
import GRDB

/// Writes that arrive while another commit is under way, committed together in the next
/// transaction: one `fsync` for all of them instead of one each.
///
/// Each write still runs in its own savepoint with its own audit line, so it is saved whole or not
/// at all, and one write's refusal (a submitted session, an answer that does not fit) rolls back
/// that write only. A caller returns only after the transaction holding its write has committed
/// (or failed), so an acknowledged write is on the disk exactly as with one transaction each.
/// Writes are applied in the order they arrived: the last write of a step still wins.
///
/// The first caller to find no commit under way leads: it takes every waiting write, commits
/// them, wakes the others, and returns; a waiting caller whose write was not in that batch leads
/// the next one. No thread of its own, no timer: a write alone is committed at once.
final class GroupCommit: @unchecked Sendable {
    /// One caller's write and, once its batch is done, what became of it.
    private final class Ticket {
        let work: (Database) throws -> Void
        var outcome: Result<Void, any Error>?

        init(_ work: @escaping (Database) throws -> Void) {
            self.work = work
        }
    }

    private let condition = NSCondition()
    private var waiting: [Ticket] = []
    private var committing = false
    /// The most writes one transaction takes, so one commit never grows without bound.
    static let batchLimit = 256

    /// How many writes wait for the next transaction (for tests).
    var waitingCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return waiting.count
    }

    /// Runs `work` inside a write transaction shared with the writes waiting beside it, and
    /// returns once that transaction has committed. `transaction` opens the transaction and
    /// runs its body (the store's `write`, with its waits and error mapping); `failure` turns an
    /// error of one write into the error its caller sees.
    func run(_ work: @escaping (Database) throws -> Void,
             transaction: (_ body: (Database) throws -> Void) throws -> Void,
             failure: (any Error) -> any Error) throws {
        let ticket = Ticket(work)
        condition.lock()
        waiting.append(ticket)
        while ticket.outcome == nil {
            if committing {
                condition.wait()
                continue
            }
            committing = true
            let batch = Array(waiting.prefix(Self.batchLimit))
            waiting.removeFirst(batch.count)
            condition.unlock()
            Self.commit(batch, transaction: transaction, failure: failure)
            condition.lock()
            committing = false
            condition.broadcast()
        }
        let outcome = ticket.outcome
        condition.unlock()
        try outcome?.get()
    }

    /// Commits `batch` in one transaction, each write in its own savepoint, and records each outcome.
    private static func commit(_ batch: [Ticket], transaction: ((Database) throws -> Void) throws -> Void,
                               failure: (any Error) -> any Error) {
        // The errors of refused writes, by position; worded only after the transaction.
        var refusals: [(any Error)?] = []
        do {
            try transaction { db in
                // The transaction may be retried after a wait for another process: start afresh.
                refusals = []
                for ticket in batch {
                    do {
                        try db.inSavepoint {
                            try ticket.work(db)
                            return .commit
                        }
                        refusals.append(nil)
                    } catch {
                        refusals.append(error)
                    }
                }
            }
        } catch {
            // Nothing of the batch was committed.
            refusals = Array(repeating: error, count: batch.count)
        }
        let outcomes = refusals.map { refusal -> Result<Void, any Error> in refusal.map { .failure(failure($0)) } ?? .success(()) }
        for (ticket, outcome) in zip(batch, outcomes) { ticket.outcome = outcome }
    }
}
