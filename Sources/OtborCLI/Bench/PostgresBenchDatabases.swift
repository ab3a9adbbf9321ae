import Foundation
import OtborCore
import OtborStore
import OtborStorePostgres

/// The bench's campaigns as throwaway databases (`otbor_bench_<pid>_<name>`) on the server of
/// `--database`, made with `CREATE DATABASE … TEMPLATE` from the base campaign and dropped at the
/// end (the role needs `CREATEDB`); the ceiling is ``PostgresCopyCeiling``, PostgreSQL's own `COPY`.
final class PostgresBenchDatabases: BenchDatabases, @unchecked Sendable {
    let scratch: PostgresScratch
    private let prefix = "otbor_bench_\(getpid())_"
    private var made: [String] = []
    private var stores: [String: PostgresStore] = [:]
    private let lock = NSLock()

    init(url: PostgresURL) {
        scratch = PostgresScratch(url: url)
    }

    var engine: String { "postgresql" }
    var ceiling: String { "PostgreSQL COPY … FROM STDIN (text), one transaction" }

    func durability() async throws -> String { try await scratch.durability() }

    func create(_ name: String, people: [NewCandidate]) async throws -> [CandidateID] {
        try await make(name, template: nil)
        let store = try PostgresStore(url: scratch.url(of: database(name)))
        _ = try await store.appliedMigrations()
        await store.shutdown()
        return try await scratch.addCandidates(people, to: database(name))
    }

    func copy(_ base: String, as name: String) async throws -> any CampaignStore {
        try await make(name, template: database(base))
        return try await open(name)
    }

    func open(_ name: String) async throws -> any CampaignStore {
        let store = try PostgresStore(url: scratch.url(of: database(name)))
        lock.withLock { stores[name] = store }
        return store
    }

    func ceiling(_ campaign: RawCeilingCampaign, ids: [CandidateID], base: String, as name: String) async throws -> Double {
        try await make(name, template: database(base))
        let seconds = try await PostgresCopyCeiling.copy(campaign, candidateIDs: ids, url: scratch.url(of: database(name)))
        try await remove(name, store: nil)
        return seconds
    }

    /// `VACUUM (ANALYZE)`: otherwise autovacuum would run it on a freshly imported campaign while
    /// the first scoring runs are timed.
    func settle(_ name: String) async throws {
        try await scratch.vacuum(database(name))
    }

    func remove(_ name: String, store: (any CampaignStore)?) async throws {
        if let open = lock.withLock({ stores.removeValue(forKey: name) }) { await open.shutdown() }
        try await scratch.drop(database(name))
        lock.withLock { made.removeAll { $0 == name } }
    }

    /// The database stays on the server (it is not dropped at the end); says which it is.
    func keep(_ name: String, store: any CampaignStore, candidates: Int, in folder: URL) async throws -> String {
        if let open = lock.withLock({ stores.removeValue(forKey: name) }) { await open.shutdown() }
        lock.withLock { made.removeAll { $0 == name } }
        return scratch.url(of: database(name)).location
    }

    func removeAll() async {
        let (names, open) = lock.withLock { () -> ([String], [PostgresStore]) in
            defer { made = []; stores = [:] }
            return (made, Array(stores.values))
        }
        for store in open { await store.shutdown() }
        for name in names { try? await scratch.drop(database(name)) }
    }

    private func make(_ name: String, template: String?) async throws {
        try await scratch.create(database(name), template: template)
        lock.withLock { made.append(name) }
    }

    /// `base-1000` → `otbor_bench_4242_base_1000`.
    private func database(_ name: String) -> String { prefix + name.replacingOccurrences(of: "-", with: "_") }
}
