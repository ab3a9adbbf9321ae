import Foundation
import OtborCore
import OtborStore
@testable import OtborStoreSQLite
import OtborTestSupport
import Testing

/// The SQLite store's waits for another connection's lock are bounded, reported through the
/// front end's callback, and end in an error that names the file; a read-only store needs no lock.
@Suite("Store waits")
struct LockWaitTests {
    /// Counts the notices a store gives.
    final class Notices: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []

        func add(_ path: String) { lock.withLock { paths.append(path) } }
        var all: [String] { lock.withLock { paths } }
    }

    @Test("the pauses between retries add up to the time waited")
    func schedule() {
        var total: TimeInterval = 0
        for attempt in 0..<60 {
            #expect(abs(LockWait.waited(before: attempt) - total) < 1e-9, "before attempt \(attempt)")
            total += LockWait.pause(attempt)
        }
        #expect(total > 5 && total < 6)
    }

    @Test("a write waits at most the limit for another connection's lock, tells once after the notice time, then fails naming the file",
          arguments: [1.0, 2.0])
    func boundedWrite(limit: TimeInterval) throws {
        let folder = try TemporaryFolder("otbor-wait")
        let path = folder.file("campaign.sqlite").path
        let notices = Notices()
        let store = try SQLiteStore(path: path, wait: LockWait(limit: limit, noticeAfter: 0.5) { notices.add($0) })
        let holder = try LockHolder(path: path)
        defer { try? holder.release() }
        let start = Date()
        #expect(throws: StoreError.busy(path: path, waited: limit)) {
            try store.addCandidate(NewCandidate(name: "Анна Петрова", consentDate: "2025-01-10"), actor: "hr")
        }
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds >= limit * 0.9 && seconds < limit + 10, "waited \(seconds) s")
        #expect(notices.all == [path])
    }

    @Test("a read-only store reads while another connection holds the write lock, and refuses to write")
    func readOnlyNeedsNoLock() throws {
        let folder = try TemporaryFolder("otbor-wait")
        let path = folder.file("campaign.sqlite").path
        let writer = try SQLiteStore(path: path)
        try writer.addCandidate(NewCandidate(name: "Анна Петрова", consentDate: "2025-01-10"), actor: "hr")
        let holder = try LockHolder(path: path)
        defer { try? holder.release() }
        let notices = Notices()
        let start = Date()
        let reader = try SQLiteStore(path: path, access: .readOnly, wait: LockWait(limit: 30, noticeAfter: 0.5) { notices.add($0) })
        #expect(try reader.candidates().map(\.name) == ["Анна Петрова"])
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(notices.all.isEmpty)
        #expect(throws: StoreError.invalid("the database \(path) was opened read-only")) {
            try reader.addCandidate(NewCandidate(name: "Борис Смирнов", consentDate: "2025-01-10"), actor: "hr")
        }
    }

    @Test("a read-only store refuses a missing file and creates nothing")
    func readOnlyMissing() throws {
        let folder = try TemporaryFolder("otbor-wait")
        let path = folder.file("none/campaign.sqlite").path
        #expect(throws: StoreError.missingDatabase(path: path)) { try SQLiteStore(path: path, access: .readOnly) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a read-only store leaves the database file byte for byte as it was")
    func readOnlyWritesNothing() throws {
        let folder = try TemporaryFolder("otbor-wait")
        let path = folder.file("campaign.sqlite").path
        do {
            let writer = try SQLiteStore(path: path)
            try writer.addCandidate(NewCandidate(name: "Анна Петрова", consentDate: "2025-01-10"), actor: "hr")
            try writer.checkpoint()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try SQLiteStore(path: path, access: .readOnly)
        #expect(try reader.candidates().count == 1)
        #expect(try reader.auditLog().count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
