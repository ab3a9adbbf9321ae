/// The wording of what happens to files and to the database under load or trouble: waiting for
/// another process, a lock held too long, a full disk, a request the database refused (its own
/// defence behind the CLI's checks, or a damaged file), files left behind. Texts in
/// `StoragePhrase+Russian.swift` and `StoragePhrase+English.swift`.
enum StoragePhrase: String, ConsolePhrase {
    case waitingForLock
    case databaseBusy
    case diskFull
    case storeRefused
    case badWait
    case staleRemoved
    case obsoleteReportRemoved
    case reportsStillName
    case reportRemoved
    case erasurePending
    case erasurePendingReaders
    case erasureScrubbed
    case erasureWaiting
    case databaseURLPassword
    case databaseURLMalformed
    case databaseURLPort
    case databaseURLSSLMode
    case databaseURLParameter
    case databaseURLRootCertificate
    case migrationApplied
    case migrationsApplied
    case migrationsCurrent
    case migrationPending
    case migrationsPending
    case copyProgress
    case copyChecked
    case copyTableOK
    case copyTableDiffers
    case copyNotEmpty
    case copyMismatch
    case copySameDatabase
}
