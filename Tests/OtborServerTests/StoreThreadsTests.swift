import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import OtborCore
import OtborServer
import OtborStoreSQLite
import OtborTestSupport
import Testing

/// The console runs the store's calls on threads of its own (``BlockingExecutor``), not on NIO's
/// event loops or the cooperative pool: the SQLite engine answers synchronously and may wait out
/// another process's lock for seconds.
struct StoreThreadsTests {
    /// Thread names seen, from any thread.
    final class Names: @unchecked Sendable {
        private let lock = NSLock()
        private var names: [String] = []
        func add(_ name: String) { lock.withLock { names.append(name) } }
        var all: [String] { lock.withLock { names } }
    }

    static func threadName() -> String { Thread.current.name ?? "" }

    @Test("a request waiting for another process's write lock waits on a console store thread, and is answered once the lock goes")
    func lockWaitOnStoreThread() async throws {
        // A store of its own (the process shares one per file), whose waits report their thread.
        let folder = try TemporaryFolder("otbor-store-threads")
        let path = folder.file("threads.sqlite").path
        let seen = Names()
        let store = try SQLiteStore(path: path, wait: LockWait(limit: 240, noticeAfter: 0.05) { _ in
            seen.add(BlockingExecutor.shared.isCurrentThread ? "console store thread" : "thread \(Self.threadName())")
        })
        let login = LoginName("assessor")!
        try store.addAccount(NewAccount(login: login, displayName: "Оценщик", role: .assessor), passwordHash: "$2b$04$unused", actor: "setup")
        let token = try store.issueToken(login: login, actor: "setup")
        let candidate = try store.addCandidate(NewCandidate(name: "Анна", consentDate: CalendarDate("2026-01-10")!), actor: "setup")
        let session = try await store.startSession(candidate: candidate.id, profile: ConsoleFixture.profile, guide: MixedGuide.guide,
                                                   assessor: login.rawValue)
        let app = try await buildApplication(store: store, library: ConsoleFixture.library, settings: ConsoleSettings(port: 0),
                                             logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        nonisolated(unsafe) let holder = try LockHolder(path: path)
        // The lock goes once the request has been seen waiting (or after 180 s, and the test fails):
        // while the whole suite runs, the request may queue a while behind other tests' store calls
        // (the HTTP bench's tests share the console's store threads).
        let release = Thread {
            let deadline = Date().addingTimeInterval(180)
            while seen.all.isEmpty, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            try? holder.release()
        }
        release.start()
        try await app.test(.router) { client in
            let response = try await InterviewAPIClient(client: client, token: token).put(session.id.rawValue, "conflict", #"{"rating": 4}"#)
            #expect(response.status == .ok, "\(String(buffer: response.body))")
        }
        #expect(!seen.all.isEmpty && seen.all.allSatisfy { $0 == "console store thread" }, "\(seen.all)")
        #expect(try store.answers(session: session.id).ratings["conflict"] == 4)
    }

    @Test("the executor runs work on its own threads, more jobs than threads all finishing", arguments: [1, 3])
    func executorThreads(threads: Int) async throws {
        guard #available(macOS 15.0, *) else { return }
        let executor = BlockingExecutor(threads: threads, name: "test-blocking-\(threads)")
        let tasks = (0..<20).map { _ in Task(executorPreference: executor) { (executor.isCurrentThread, BlockingExecutor.shared.isCurrentThread) } }
        var seen: [(Bool, Bool)] = []
        for task in tasks { seen.append(await task.value) }
        #expect(seen.count == 20 && seen.allSatisfy { $0.0 && !$0.1 }, "\(seen)")
        #expect(!executor.isCurrentThread, "the test itself runs elsewhere")
    }
}
