import ArgumentParser
import Foundation
import OtborCore
import OtborServices
import OtborStore
import OtborStorePostgres
import OtborStoreSQLite

/// `--database` and `--wait`, shared by every command that reads or writes the campaign database.
struct StoreOptions: ParsableArguments {
    static let defaultFile = "otbor.sqlite"

    @Option(name: .long, help: ArgumentHelp(
        "The campaign database: a file (SQLite) or a postgres://user@host:port/database?sslmode=… URL (PostgreSQL).",
        discussion: "Defaults to OTBOR_DATABASE, then otbor.sqlite in the workspace folder. `otbor candidates add` creates a file (mode 0600) when missing; other commands refuse a missing file. A PostgreSQL database must exist on the server; its tables are created on first use. The password comes from PGPASSWORD or ~/.pgpass, never from the URL.",
        valueName: "file-or-url"))
    var database: String?

    @Option(name: .long, help: ArgumentHelp(
        "How long to wait for another otbor process that is writing to the database, in seconds.",
        discussion: "Defaults to OTBOR_WAIT, then 5. After a second otbor says on standard error what it is waiting for; when the time is up it stops with an error naming the database. Commands that only read do not wait for writers.",
        valueName: "seconds"))
    var wait: String?

    func validate() throws {
        _ = try waitLimit()
    }

    /// The database path: `--database`, `OTBOR_DATABASE`, or `otbor.sqlite` in the workspace.
    func path(workspace: WorkspaceOptions) throws -> String {
        if let database { return database }
        if let variable = ProcessInfo.processInfo.environment["OTBOR_DATABASE"], !variable.isEmpty { return variable }
        return try workspace.root().appendingPathComponent(Self.defaultFile).path
    }

    /// Opens the database to change it; only a command that adds candidates (`creating`) makes a
    /// missing one, so a mistyped path or a command that fails leaves no empty database behind.
    func open(workspace: WorkspaceOptions, creating: Bool = false) throws -> any CampaignStore {
        let path = try path(workspace: workspace)
        guard creating || exists(workspace: workspace) else { throw StoreError.missingDatabase(path: path) }
        return try Self.store(at: path, reading: false, wait: try lockWait())
    }

    /// Opens the database to read it only, without the write lock: for commands that change nothing.
    func openForReading(workspace: WorkspaceOptions) throws -> any CampaignStore {
        let path = try path(workspace: workspace)
        guard exists(workspace: workspace) else { throw StoreError.missingDatabase(path: path) }
        return try Self.store(at: path, reading: true, wait: try lockWait())
    }

    /// Opens (creating when missing) the campaign database at `path`, for commands that make
    /// their own, such as `otbor demo`.
    static func open(path: String) throws -> any CampaignStore {
        try store(at: path, reading: false, wait: lockWait(limit: LockWait.defaultLimit))
    }

    /// The one place the CLI chooses a database engine: a `postgres://` URL opens PostgreSQL
    /// (its waits for locks bounded by the same limit, its pool closed when the command ends),
    /// anything else is a SQLite file, read-only when `reading`.
    static func store(at location: String, reading: Bool, wait: LockWait) throws -> any CampaignStore {
        guard PostgresURL.isURL(location) else {
            return try reading ? SQLiteStore(path: location, access: .readOnly, wait: wait) : SQLiteStore(path: location, wait: wait)
        }
        return try postgres(at: location, wait: wait)
    }

    /// The PostgreSQL store of a `postgres://` URL, closed when the command ends.
    private static func postgres(at location: String, wait: LockWait) throws -> PostgresStore {
        let url: PostgresURL
        do {
            url = try PostgresURL(location)
        } catch let problem as PostgresURL.Problem {
            throw ValidationError(words.databaseURL(problem))
        }
        return OpenStores.shared.keep(try PostgresStore(url: url, lockTimeout: wait.limit))
    }

    /// Opens the database at `location` to copy a whole campaign from it (`reading`: a missing
    /// file is refused) or into it (a missing file is created), for `otbor db copy`.
    static func tables(at location: String, reading: Bool) throws -> any CampaignTables {
        let wait = lockWait(limit: LockWait.defaultLimit)
        if PostgresURL.isURL(location) { return try postgres(at: location, wait: wait) }
        guard !reading || FileManager.default.fileExists(atPath: location) else { throw StoreError.missingDatabase(path: location) }
        return try reading ? SQLiteStore(path: location, access: .readOnly, wait: wait) : SQLiteStore(path: location, wait: wait)
    }

    /// Whether two `--database` values name the same database: a URL as written, a file by its
    /// absolute path with links resolved.
    static func sameDatabase(_ one: String, _ other: String) -> Bool {
        func identity(_ location: String) -> String {
            PostgresURL.isURL(location) ? location : URL(fileURLWithPath: location).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return identity(one) == identity(other)
    }

    /// Applies the pending migrations of the database at `location` (with `dryRun`, only lists
    /// them), in whichever engine keeps it; a missing file is refused, not created.
    static func migrate(at location: String, dryRun: Bool, wait: LockWait) async throws -> MigrationReport {
        if PostgresURL.isURL(location) { return try await postgres(at: location, wait: wait).migrate(dryRun: dryRun) }
        guard FileManager.default.fileExists(atPath: location) else { throw StoreError.missingDatabase(path: location) }
        return try SQLiteStore.migrate(path: location, wait: wait, dryRun: dryRun)
    }

    /// The workspace content and the database together; `reading` opens the database read-only.
    func campaign(workspace: WorkspaceOptions, words: ConsoleWording, reading: Bool) throws -> Campaign {
        Campaign(library: try workspace.library(words: words),
                 store: try reading ? openForReading(workspace: workspace) : open(workspace: workspace))
    }

    /// Whether the database file is there (a PostgreSQL database is the server's to tell).
    func exists(workspace: WorkspaceOptions) -> Bool {
        (try? path(workspace: workspace)).map { PostgresURL.isURL($0) || FileManager.default.fileExists(atPath: $0) } ?? false
    }

    /// The wait of `--wait`, else `OTBOR_WAIT`, else the default, with a notice on standard error.
    func lockWait() throws -> LockWait {
        Self.lockWait(limit: try waitLimit())
    }

    /// `--wait`, else `OTBOR_WAIT`, else ``LockWait/defaultLimit``; a value that is not a number
    /// of seconds from 0 to a day is a usage error naming where it came from.
    func waitLimit() throws -> TimeInterval {
        let variable = ProcessInfo.processInfo.environment["OTBOR_WAIT"].flatMap { $0.isEmpty ? nil : $0 }
        guard let (text, source) = wait.map({ ($0, "--wait") }) ?? variable.map({ ($0, "OTBOR_WAIT") }) else {
            return LockWait.defaultLimit
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let seconds = Double(trimmed), seconds <= 86_400 else {
            throw ValidationError(Self.words(.badWait, ["source": source, "value": text]))
        }
        return seconds
    }

    /// A wait of `limit` seconds that says on standard error, after a second, what it waits for.
    static func lockWait(limit: TimeInterval) -> LockWait {
        LockWait(limit: limit) { path in
            Printer.error(words(.waitingForLock, ["path": path, "limit": words.compact(limit)]))
        }
    }

    /// The wording of the command line's `--lang`, for what is said while opening the database.
    private static var words: ConsoleWording {
        ConsoleWording(language: OtborCommand.language(in: Array(CommandLine.arguments.dropFirst())))
    }
}
