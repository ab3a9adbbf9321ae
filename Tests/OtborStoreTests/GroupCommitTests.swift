import Foundation
import GRDB
@testable import OtborStoreSQLite
import Testing

/// Group commit: writes that arrive during a commit share the next transaction, each whole or not
/// at all, in arrival order, and every caller returns only after its own transaction.
struct GroupCommitTests {
    struct Refused: Error, Equatable {
        var value: Int
    }

    /// A database with one table of the values written, and a count of transactions opened.
    final class Ledger: @unchecked Sendable {
        let queue: DatabaseQueue
        let lock = NSLock()
        private var opened = 0

        init() throws {
            queue = try DatabaseQueue()
            try queue.write { try $0.execute(sql: "CREATE TABLE entry (value INTEGER NOT NULL)") }
        }

        var transactions: Int {
            lock.lock()
            defer { lock.unlock() }
            return opened
        }

        func transaction(_ body: (Database) throws -> Void) throws {
            lock.lock()
            opened += 1
            lock.unlock()
            try queue.write(body)
        }

        func values() throws -> [Int] {
            try queue.read { try Int.fetchAll($0, sql: "SELECT value FROM entry ORDER BY rowid") }
        }
    }

    /// What each caller's `run` came back with, by the value it wrote.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Int: Result<Void, any Error>] = [:]

        func set(_ value: Int, _ result: Result<Void, any Error>) {
            lock.lock()
            results[value] = result
            lock.unlock()
        }

        var all: [Int: Result<Void, any Error>] {
            lock.lock()
            defer { lock.unlock() }
            return results
        }
    }

    /// Writes `value`, or refuses it after writing (so the savepoint must take the row back) when negative.
    static func insert(_ value: Int) -> (Database) throws -> Void {
        { db in
            try db.execute(sql: "INSERT INTO entry (value) VALUES (?)", arguments: [value])
            if value < 0 { throw Refused(value: value) }
        }
    }

    @Test("writes that arrive while a commit is under way share the next transaction, in arrival order")
    func batches() async throws {
        let ledger = try Ledger()
        let commits = GroupCommit()
        let entered = DispatchSemaphore(value: 0), gate = DispatchSemaphore(value: 0)
        let first = Thread {
            try? commits.run({ db in
                entered.signal()
                gate.wait()
                try Self.insert(1)(db)
            }, transaction: ledger.transaction, failure: { $0 })
        }
        first.start()
        entered.wait()
        let outcomes = Outcomes(), group = DispatchGroup()
        for value in [2, -3, 4] {
            group.enter()
            Thread {
                let result = Result { try commits.run(Self.insert(value), transaction: ledger.transaction, failure: { $0 }) }
                outcomes.set(value, result)
                group.leave()
            }.start()
            // Arrival order is the order of the batch: let each join the queue before the next.
            while commits.waitingCount < [2, -3, 4].firstIndex(of: value)! + 1 { usleep(1_000) }
        }
        gate.signal()
        group.wait()
        let results = outcomes.all
        #expect(ledger.transactions == 2, "three writes that waited together took \(ledger.transactions - 1) transactions, not one")
        #expect(try ledger.values() == [1, 2, 4])
        #expect((try? results[2]?.get()) != nil && (try? results[4]?.get()) != nil)
        #expect(throws: Refused(value: -3)) { try results[-3]?.get() }
    }

    @Test("a write alone is committed at once, in its own transaction", arguments: [1, 5])
    func alone(_ count: Int) throws {
        let ledger = try Ledger()
        let commits = GroupCommit()
        for value in 1...count { try commits.run(Self.insert(value), transaction: ledger.transaction, failure: { $0 }) }
        #expect(ledger.transactions == count)
        #expect(try ledger.values() == Array(1...count))
    }

    @Test("when the transaction itself fails, every write of the batch fails and nothing is kept")
    func failedTransaction() throws {
        let ledger = try Ledger()
        let commits = GroupCommit()
        struct DiskFull: Error {}
        #expect(throws: DiskFull.self) {
            try commits.run(Self.insert(7), transaction: { body in
                try ledger.queue.write { db in
                    try body(db)
                    throw DiskFull()
                }
            }, failure: { $0 })
        }
        #expect(try ledger.values() == [])
    }

    @Test("a refused write's error reaches its caller as the store words it")
    func refusalWording() throws {
        let ledger = try Ledger()
        let commits = GroupCommit()
        struct Worded: Error, Equatable { var text: String }
        #expect(throws: Worded(text: "refused -1")) {
            try commits.run(Self.insert(-1), transaction: ledger.transaction,
                            failure: { Worded(text: "refused \(($0 as? Refused)?.value ?? 0)") })
        }
        #expect(try ledger.values() == [])
    }
}
