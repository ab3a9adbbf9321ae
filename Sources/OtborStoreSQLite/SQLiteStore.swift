import Foundation
import GRDB
import OtborCore
import OtborStore

/// The campaign database: candidates, sessions, every answer, consensus, decisions and the audit log.
///
/// One SQLite file in WAL mode with foreign keys on, `synchronous = FULL` (a committed answer
/// survives a crash of the process or of the machine) and `secure_delete` (erased text is
/// overwritten). The file is created with mode 0600. Several processes may use it at once: writers
/// wait for each other (busy timeout) instead of failing.
public final class SQLiteStore: Sendable {
    /// The durability setting every connection uses, reported by `otbor bench`.
    public static let synchronousMode = "FULL"
    /// The writer's page cache (`PRAGMA cache_size`, negative: in KiB), used only as pages are touched.
    public static let writerCacheSize = -65_536
    /// How long a writer waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 60

    public let path: String
    public var location: String { path }
    let pool: DatabasePool
    let clock: @Sendable () -> Date
    /// Snapshots of the profiles and guides sessions were started or imported with.
    let snapshots = SnapshotMemo()
    /// Guides decoded from snapshots, for checking answers against the guide a session recorded.
    let guides = GuideMemo()
    /// The file, counted as open in this process while the store lives.
    private let file: StoreFile.Identity?

    /// Opens the database at `path`, creating it (mode 0600) and its folder when missing, and
    /// applies pending migrations. A file that is not an Otbor database is refused, never overwritten.
    public init(path: String, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.path = path
        self.clock = clock
        let opened = try StoreFile.prepare(path: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "otbor"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON; PRAGMA synchronous = \(SQLiteStore.synchronousMode)")
        }
        let file = StoreFile.retain(path)
        do {
            if !opened { try Self.refuseForeign(path: path) }
            pool = try Self.retryingBusy { try DatabasePool(path: path, configuration: configuration) }
            // GRDB sets its WAL writer to synchronous NORMAL after `prepareDatabase`: restore FULL.
            // The writer keeps a larger page cache than SQLite's 2 MB, so an import's index pages stay in memory.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = \(SQLiteStore.synchronousMode); PRAGMA cache_size = \(SQLiteStore.writerCacheSize)")
            }
            try Self.migrate(pool)
        } catch {
            file.map(StoreFile.release)
            switch error {
            case let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT:
                throw StoreError.notADatabase(path: path, reason: error.message ?? "file is not a database")
            case let error as DatabaseError:
                // Such as a folder where SQLite may not create the WAL: say which file, not only the SQLite code.
                throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
            default:
                throw error
            }
        }
        self.file = file
    }

    deinit {
        file.map(StoreFile.release)
    }

    /// Refuses another program's SQLite database before anything writes to it (opening in WAL mode
    /// and migrating would change it): one with tables but without Otbor's first migration.
    private static func refuseForeign(path: String) throws {
        guard StoreFile.fileSize(path) > 0 else { return }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        let tables = try retryingBusy {
            try DatabaseQueue(path: path, configuration: configuration).read { db in
                let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                guard names.contains("grdb_migrations") else { return names }
                let ours = try Bool.fetchOne(db, sql: "SELECT 1 FROM grdb_migrations WHERE identifier = 'v1-campaign'") ?? false
                return ours ? [] : names
            }
        }
        guard tables.isEmpty else {
            let list = tables.prefix(3).joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
            throw StoreError.notADatabase(path: path, reason: "it is another program's SQLite database, with tables \(list)")
        }
    }

    /// Runs the migrations; when another process migrates at the same moment, waits for it.
    private static func migrate(_ pool: DatabasePool) throws {
        let migrator = StoreSchema.migrator
        var attempt = 0
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                attempt += 1
                if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
                if attempt >= 20 { throw error }
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    /// Retries `body` while SQLite reports the file busy in a way the busy handler does not cover.
    static func retryingBusy<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                attempt += 1
                if attempt >= 50 { throw error }
                Thread.sleep(forTimeInterval: 0.02 * Double(min(attempt, 10)))
            }
        }
    }

    /// A write transaction that waits out other writers; callers append their audit line inside it.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.retryingBusy { try pool.write(body) }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.retryingBusy { try pool.read(body) }
    }

    /// The current time as stored: ISO 8601 in UTC with milliseconds.
    var now: String { StoreTime.format(clock()) }

    /// The current time as stored, and as the returned entities carry it (whole milliseconds).
    func stamp() -> (text: String, date: Date) {
        let text = now
        return (text, StoreTime.parse(text) ?? clock())
    }
}
