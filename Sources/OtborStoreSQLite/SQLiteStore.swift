import Foundation
import GRDB
import OtborCore
import OtborStore

/// The campaign database: candidates, sessions, every answer, consensus, decisions and the audit log.
///
/// One SQLite file in WAL mode with foreign keys on, `synchronous = FULL` (a committed answer
/// survives a crash of the process or of the machine) and `secure_delete` (erased text is
/// overwritten). The file is created with mode 0600. Several processes may use it at once: one
/// waits for another's lock, up to ``LockWait/limit``, and then fails with a ``StoreError/busy(path:waited:)``
/// that names the file. A store opened ``Access/readOnly`` never takes the write lock.
public final class SQLiteStore: Sendable {
    /// Whether the store may change the database.
    public enum Access: Sendable {
        /// Reads and writes; creates a missing file and brings its schema up to date.
        case readWrite
        /// Reads only, without the write lock: refuses a missing file and never writes to the
        /// database file (SQLite may create the `-wal` and `-shm` files beside it).
        case readOnly
    }

    /// The durability setting every connection uses, reported by `otbor bench`.
    public static let synchronousMode = "FULL"
    /// The writer's page cache (`PRAGMA cache_size`, negative: in KiB), used only as pages are touched.
    public static let writerCacheSize = -65_536

    public let path: String
    public var location: String { path }
    public let access: Access
    /// How long operations wait for other processes, and who is told.
    public let wait: LockWait
    /// A `DatabasePool` read-write; read-only, one `DatabaseQueue` connection, whose waits obey
    /// ``wait`` (GRDB gives a pool's readers a fixed 10-second busy timeout).
    let pool: any DatabaseWriter
    let clock: @Sendable () -> Date
    /// Snapshots of the profiles and guides sessions were started or imported with.
    let snapshots = SnapshotMemo()
    /// Guides decoded from snapshots, for checking answers against the guide a session recorded.
    let guides = GuideMemo()
    /// Answers saved at the same moment share one commit (``GroupCommit``).
    let commits = GroupCommit()
    /// Committed changes a live board shows, signalled in this process (``LocalChangeFeed``).
    let changes = LocalChangeFeed()
    /// The file, counted as open in this process while the store lives.
    private let file: StoreFile.Identity?

    /// Opens the database at `path`. Read-write, it creates the file (mode 0600) and its folder
    /// when missing and applies pending migrations; read-only, it refuses a missing file, and a
    /// file whose schema is behind this build is brought up to date once (which needs the write
    /// lock) before it is opened read-only. A file that is not an Otbor database is refused,
    /// never overwritten.
    public init(path: String, access: Access = .readWrite, wait: LockWait = LockWait(),
                clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.path = path
        self.access = access
        self.wait = wait
        self.clock = clock
        if access == .readOnly, !FileManager.default.fileExists(atPath: path) { throw StoreError.missingDatabase(path: path) }
        let opened = try StoreFile.prepare(path: path, writable: access == .readWrite)
        do {
            if !opened { try Self.refuseForeign(path: path, wait: wait) }
            if access == .readOnly, !opened, try !Self.isCurrent(path: path, wait: wait) {
                _ = try SQLiteStore(path: path, access: .readWrite, wait: wait, clock: clock)
            }
        } catch {
            throw StoreFailure.opening(error, path: path)
        }
        let file = StoreFile.retain(path)
        do {
            let location = access == .readOnly ? StoreFile.readingLocation(path) : path
            let configuration = Self.configuration(access, wait: wait, path: path)
            let pool = try wait.retrying(path: path) { () throws -> any DatabaseWriter in
                access == .readOnly ? try DatabaseQueue(path: location, configuration: configuration)
                    : try DatabasePool(path: location, configuration: configuration)
            }
            self.pool = pool
            if access == .readWrite {
                // GRDB sets its WAL writer to synchronous NORMAL after `prepareDatabase`: restore FULL.
                // The writer keeps a larger page cache than SQLite's 2 MB, so an import's index pages stay in memory.
                try wait.retrying(path: path) {
                    try pool.writeWithoutTransaction { db in
                        try db.execute(sql: "PRAGMA synchronous = \(SQLiteStore.synchronousMode); PRAGMA cache_size = \(SQLiteStore.writerCacheSize)")
                    }
                }
                try Self.migrate(pool, wait: wait, path: path)
            }
        } catch {
            file.map(StoreFile.release)
            throw StoreFailure.opening(error, path: path)
        }
        self.file = file
    }

    deinit {
        file.map(StoreFile.release)
    }

    /// The connections' settings: foreign keys, secure delete, `synchronous = FULL`, and waits
    /// bounded by `wait` for the writer and the readers alike.
    static func configuration(_ access: Access, wait: LockWait, path: String) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = access == .readOnly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = wait.busyMode(path: path)
        configuration.label = "otbor"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON; PRAGMA synchronous = \(SQLiteStore.synchronousMode)")
            // A reader sorts in memory, so that it runs on a full disk too.
            if access == .readOnly { try db.execute(sql: "PRAGMA temp_store = MEMORY") }
        }
        return configuration
    }

    /// A read-only connection to `path` for a look before the store opens it.
    static func peek<T>(path: String, wait: LockWait, _ body: (Database) throws -> T) throws -> T {
        try wait.retrying(path: path) {
            try DatabaseQueue(path: StoreFile.readingLocation(path), configuration: configuration(.readOnly, wait: wait, path: path))
                .read(body)
        }
    }

    /// Refuses another program's SQLite database before anything writes to it (opening in WAL mode
    /// and migrating would change it): one with tables but without Otbor's first migration.
    static func refuseForeign(path: String, wait: LockWait) throws {
        guard StoreFile.fileSize(path) > 0 else { return }
        let tables = try peek(path: path, wait: wait) { db in
            let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            guard names.contains("grdb_migrations") else { return names }
            let ours = try Bool.fetchOne(db, sql: "SELECT 1 FROM grdb_migrations WHERE identifier = 'v1-campaign'") ?? false
            return ours ? [] : names
        }
        guard tables.isEmpty else {
            let list = tables.prefix(3).joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
            throw StoreError.notADatabase(path: path, reason: "it is another program's SQLite database, with tables \(list)")
        }
    }

    /// Whether the file has every migration of this build (an empty file has none).
    private static func isCurrent(path: String, wait: LockWait) throws -> Bool {
        guard StoreFile.fileSize(path) > 0 else { return false }
        return try peek(path: path, wait: wait) { try StoreSchema.migrator.hasCompletedMigrations($0) }
    }

    /// Runs the migrations; when another process migrates at the same moment, waits for it, up
    /// to the limit of `wait`.
    private static func migrate(_ pool: any DatabaseWriter, wait: LockWait, path: String) throws {
        let migrator = StoreSchema.migrator
        let start = Date()
        var attempt = 0
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                attempt += 1
                if try wait.retrying(path: path, { try pool.read { try migrator.hasCompletedMigrations($0) } }) { return }
                if Date().timeIntervalSince(start) >= wait.limit { throw error }
                Thread.sleep(forTimeInterval: 0.05 * Double(min(attempt, 10)))
            }
        }
    }

    /// A write transaction that waits out other writers; callers append their audit line inside it.
    /// After the commit, an erasure's pending scrub is tried once, without waiting.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard access == .readWrite else { throw StoreError.invalid("the database \(path) was opened read-only") }
        let (value, pending) = try guarded { try pool.write { db in (try body(db), try Self.scrubIsPending(db)) } }
        if pending { _ = try? scrubOnce() }
        return value
    }

    /// ``write(_:)`` of a change a live board shows: once committed, the change feed hears of `subject`.
    func write<T>(signalling subject: String, _ body: (Database) throws -> T) throws -> T {
        let value = try write(body)
        changes.signal(StoreChange(subject: subject))
        return value
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try guarded { try pool.read(body) }
    }

    /// Runs `body` with waits bounded by ``wait``, and SQLite's failures as store errors that name the file.
    /// Without `retrying`, a busy file fails at once (after SQLite's own bounded wait), for a
    /// `body` that may already have had effects outside the database.
    func guarded<T>(retrying: Bool = true, _ body: () throws -> T) throws -> T {
        do {
            return retrying ? try wait.retrying(path: path, body) : try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw StoreError.busy(path: path, waited: wait.limit)
        } catch {
            throw StoreFailure.operation(error, path: path)
        }
    }

    /// The current time as stored: ISO 8601 in UTC with milliseconds.
    var now: String { StoreTime.format(clock()) }

    /// The current time as stored, and as the returned entities carry it (whole milliseconds).
    func stamp() -> (text: String, date: Date) {
        let text = now
        return (text, StoreTime.parse(text) ?? clock())
    }
}
