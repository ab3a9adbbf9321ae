import Foundation

/// Runs the migrations once before the store's first operation; when they fail (a server not
/// there yet, a database not created yet), the next operation tries again instead of failing for
/// the life of the process, so a long-running `otbor serve` recovers once the server is back.
final class MigrationGate: @unchecked Sendable {
    private var task: Task<Void, any Error>?
    private var done = false
    private let lock = NSLock()
    private let migrate: @Sendable () async throws -> Void

    init(_ migrate: @escaping @Sendable () async throws -> Void) {
        self.migrate = migrate
    }

    /// Returns once the schema is up to date; throws the migration's error (and forgets it).
    func ready() async throws {
        let current = lock.withLock { () -> Task<Void, any Error>? in
            if done { return nil }
            if let task { return task }
            let started = Task { [migrate] in try await migrate() }
            task = started
            return started
        }
        guard let current else { return }
        do {
            try await current.value
            lock.withLock { done = true }
        } catch {
            lock.withLock { if task == current { task = nil } }
            throw error
        }
    }
}
