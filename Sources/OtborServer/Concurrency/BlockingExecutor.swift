import Foundation

/// Threads of the console's own for work that blocks: an engine that answers the store protocol
/// synchronously (the SQLite engine runs its queries on the calling thread, and waits out another
/// process's lock for a bounded time there) must hold up neither NIO's event loops nor Swift's
/// cooperative pool. ``StoreThreadsMiddleware`` runs every request here as its task executor;
/// nonisolated code of the request, the engine's calls included, runs on these threads.
@available(macOS 15.0, *)
public final class BlockingExecutor: TaskExecutor, @unchecked Sendable {
    /// The console's executor: 16 threads, enough for the writer, the readers and waits beside them.
    public static let shared = BlockingExecutor(threads: 16, name: "otbor-store")

    /// The threads' names: `name-0`, `name-1` …
    public let name: String
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var head = 0
    private var threads: Set<pthread_t> = []

    /// Whether the calling thread is one of this executor's.
    public var isCurrentThread: Bool {
        condition.lock()
        defer { condition.unlock() }
        return threads.contains(pthread_self())
    }

    public init(threads: Int, name: String) {
        self.name = name
        for index in 0..<max(1, threads) {
            // Named from inside: on Linux a name set before `start()` does not reach the thread.
            Thread { [self] in
                Thread.current.name = "\(name)-\(index)"
                work()
            }.start()
        }
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// One thread: takes the oldest job and runs it, for ever (the executor lives as long as the process).
    private func work() {
        let executor = asUnownedTaskExecutor()
        condition.lock()
        threads.insert(pthread_self())
        condition.unlock()
        while true {
            condition.lock()
            while head == jobs.count { condition.wait() }
            let job = jobs[head]
            head += 1
            if head == jobs.count || head > 1024 {
                jobs.removeFirst(head)
                head = 0
            }
            condition.unlock()
            job.runSynchronously(on: executor)
        }
    }
}
