import Foundation
import GRDB
import OtborCore
import OtborStore
import OtborStorePostgres
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

    /// A new database on the test process's throwaway cluster (``PostgresCluster``); `residue` is
    /// every row of every table as text (`pg_dump --data-only`, the audit included), `rowCounts`
    /// are counted through `psql`, a connection of its own.
    static let postgres = StoreEngine(
        name: "PostgreSQL",
        open: { _, clock in
            let cluster = try PostgresCluster.shared()
            let url = PostgresURL(user: cluster.user, host: cluster.host, port: cluster.port,
                                  database: try cluster.createDatabase(), sslMode: .disable)
            return try PostgresStore(url: url, clock: clock)
        },
        residue: { store in try PostgresCluster.shared().dump(database(of: store)) },
        rowCounts: { store, tables in
            let sql = tables.map { "SELECT '\($0)', count(*) FROM \($0)" }.joined(separator: " UNION ALL ")
            let output = try PostgresCluster.shared().psql(database(of: store), sql)
            var counts: [String: Int] = [:]
            for line in output.split(separator: "\n") {
                let fields = line.split(separator: "|")
                if fields.count == 2, let count = Int(fields[1]) { counts[String(fields[0])] = count }
            }
            return counts
        })

    /// The database name at the end of a PostgreSQL store's location.
    private static func database(of store: any CampaignStore) -> String {
        String(store.location.split(separator: "/").last?.split(separator: "?").first ?? "")
    }

    /// Every engine this build has. PostgreSQL runs when its server binaries are on the machine
    /// (or when `OTBOR_REQUIRE_POSTGRES=1`, so that a missing server fails instead of skipping).
    static let all: [StoreEngine] = {
        if PostgresCluster.binaries != nil || PostgresCluster.required { return [.sqlite, .postgres] }
        FileHandle.standardError.write(Data(
            "note: the PostgreSQL engine is skipped: no initdb/pg_ctl in /usr/lib/postgresql/*/bin or on PATH (install postgresql; CI sets OTBOR_REQUIRE_POSTGRES=1)\n".utf8))
        return [.sqlite]
    }()
}

