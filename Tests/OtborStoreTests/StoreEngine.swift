import Foundation
import GRDB
import OtborCore
import OtborStore
import OtborStoreSQLite

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
        residue: { store in
            let path = store.location
            var data = try Data(contentsOf: URL(fileURLWithPath: path))
            if let wal = try? Data(contentsOf: URL(fileURLWithPath: path + "-wal")) { data.append(wal) }
            return data
        },
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



extension NewCandidate {
    /// A candidate with the consent date written `yyyy-mm-dd`.
    init(name: String, email: String? = nil, phone: String? = nil, source: String? = nil, consentDate: String,
         fairnessGroup: String? = nil, notes: String? = nil) {
        self.init(name: name, email: email, phone: phone, source: source, consentDate: CalendarDate(consentDate)!,
                  fairnessGroup: fairnessGroup, notes: notes)
    }
}
