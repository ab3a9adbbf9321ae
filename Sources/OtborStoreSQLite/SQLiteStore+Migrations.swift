import Foundation
import GRDB
import OtborStore

extension SQLiteStore {
    /// Brings the database at `path` up to date and says which migrations that took (none when it
    /// was current); with `dryRun`, only says which are pending, changing nothing (a missing file
    /// has them all pending and is not created).
    public static func migrate(path: String, wait: LockWait = LockWait(), dryRun: Bool) throws -> MigrationReport {
        let migrator = StoreSchema.migrator
        let known = migrator.migrations
        if dryRun, !FileManager.default.fileExists(atPath: path) { return MigrationReport(known: known, pending: known) }
        let before: Set<String>
        do {
            if FileManager.default.fileExists(atPath: path) { try StoreFile.checkHeader(path: path) }
            try refuseForeign(path: path, wait: wait)
            before = StoreFile.fileSize(path) > 0 ? try peek(path: path, wait: wait) { try migrator.appliedIdentifiers($0) } : []
        } catch {
            throw StoreFailure.opening(error, path: path)
        }
        let pending = known.filter { !before.contains($0) }
        if !dryRun, !pending.isEmpty { _ = try SQLiteStore(path: path, wait: wait) }
        return MigrationReport(known: known, pending: pending)
    }
}
