import Foundation
import OtborStorePostgres

/// The PostgreSQL stores this process opened, so that the command line closes their connection
/// pools before it exits (``OtborCommand``), whether the command succeeded or failed: the server
/// then sees each connection closed, not dropped.
final class OpenStores: @unchecked Sendable {
    static let shared = OpenStores()
    private var stores: [PostgresStore] = []
    private let lock = NSLock()

    /// Keeps `store` to close at exit, and returns it.
    func keep(_ store: PostgresStore) -> PostgresStore {
        lock.withLock { stores.append(store) }
        return store
    }

    /// Closes every kept store's connections and waits for their pools to stop.
    func closeAll() async {
        let open = lock.withLock { () -> [PostgresStore] in
            defer { stores = [] }
            return stores
        }
        for store in open { await store.shutdown() }
    }
}
