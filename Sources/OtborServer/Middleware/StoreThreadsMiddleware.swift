import Hummingbird

/// Runs the rest of the request with ``BlockingExecutor/shared`` as its task executor, so the
/// store's calls (synchronous in the SQLite engine, with bounded waits for other processes) block
/// one of the console's own threads, never an event loop or the cooperative pool. First in the
/// chain: the session and authentication middleware read the store too.
struct StoreThreadsMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try await Self.run { try await next(request, context) }
    }

    /// Runs `body` on the console's store threads (on every platform that has task executors).
    static func run<Value: Sendable>(_ body: () async throws -> Value) async throws -> Value {
        if #available(macOS 15.0, *) {
            return try await withTaskExecutorPreference(BlockingExecutor.shared) { try await body() }
        }
        return try await body()
    }
}
