import Foundation
import OtborCore
import OtborStore
import OtborStoreSQLite

/// The bench's campaigns as SQLite files in a temporary folder (removed by the command); the
/// ceiling is ``SQLiteRawCeiling``, raw prepared inserts in one transaction.
struct SQLiteBenchDatabases: BenchDatabases {
    var folder: URL

    var engine: String { "sqlite" }
    var ceiling: String { "raw prepared SQLite inserts, one transaction" }

    func durability() async throws -> String { "WAL, synchronous=\(SQLiteStore.synchronousMode)" }

    func create(_ name: String, people: [NewCandidate]) async throws -> [CandidateID] {
        let path = self.path(name)
        _ = try SQLiteStore(path: path)
        return try SQLiteRawCeiling.addCandidates(people, path: path)
    }

    func copy(_ base: String, as name: String) async throws -> any CampaignStore {
        try SQLiteStore(path: try copyFile(base, as: name))
    }

    func open(_ name: String) async throws -> any CampaignStore {
        try SQLiteStore(path: path(name))
    }

    func ceiling(_ campaign: RawCeilingCampaign, ids: [CandidateID], base: String, as name: String) async throws -> Double {
        let seconds = try SQLiteRawCeiling.insert(campaign, candidateIDs: ids, path: try copyFile(base, as: name))
        try removeFiles(path(name))
        return seconds
    }

    /// Nothing: SQLite does no work of its own after a bulk load.
    func settle(_ name: String) async throws {}

    func remove(_ name: String, store: (any CampaignStore)?) async throws {
        try removeFiles(path(name))
    }

    /// Copies the campaign database, checkpointed into one file, to `folder` as `bench-N.sqlite`
    /// (mode 0600), replacing an earlier copy.
    func keep(_ name: String, store: any CampaignStore, candidates: Int, in folder: URL) async throws -> String {
        guard let store = store as? SQLiteStore else { throw BenchError("the campaign \(name) is not a SQLite file") }
        try store.checkpoint()
        let target = folder.appendingPathComponent("bench-\(candidates).sqlite").path
        try removeFiles(target)
        try FileManager.default.copyItem(atPath: store.path, toPath: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
        return target
    }

    func removeAll() async {}

    private func path(_ name: String) -> String { folder.appendingPathComponent(name + ".sqlite").path }

    private func copyFile(_ base: String, as name: String) throws -> String {
        let source = path(base), target = path(name)
        try removeFiles(target)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: target + suffix)
        }
        return target
    }

    private func removeFiles(_ path: String) throws {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
