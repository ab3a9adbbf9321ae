import Foundation
import GRDB
import OtborCore
import OtborStore
import OtborStoreSQLite
import OtborTestSupport

/// The database engines the store contract suite runs against: each opens a fresh campaign store
/// and tells where traces of erased data could remain.
struct StoreEngine: Sendable, CustomStringConvertible {
    var name: String
    /// Opens a new, empty store in `folder`.
    var open: @Sendable (_ folder: URL, _ clock: @escaping @Sendable () -> Date) throws -> any CampaignStore
    /// Every byte the engine keeps of the campaign (file, WAL …), to search for erased text.
    var residue: @Sendable (_ store: any CampaignStore) throws -> Data
    /// The number of rows in each of `tables`, read beside the store.
    var rowCounts: @Sendable (_ store: any CampaignStore, _ tables: [String]) throws -> [String: Int]

    var description: String { name }

    static let sqlite = StoreEngine(
        name: "SQLite",
        open: { folder, clock in try SQLiteStore(path: folder.appendingPathComponent("test.sqlite").path, clock: clock) },
        residue: { store in try SQLiteFiles.bytes(atPath: store.location) },
        rowCounts: { store, tables in
            var configuration = Configuration()
            configuration.readonly = true
            return try DatabaseQueue(path: store.location, configuration: configuration).read { db in
                var counts: [String: Int] = [:]
                for table in tables { counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") }
                return counts
            }
        })

    /// Every engine this build has.
    static let all: [StoreEngine] = [.sqlite]
}

