import Foundation
import Logging
import OtborCore
import OtborStore
import PostgresNIO

/// The campaign database on a PostgreSQL server: the same tables, triggers and guarantees as the
/// SQLite engine, for teams that run several servers on one database.
///
/// Connections come from a `PostgresClient` pool whose run loop the store owns: it starts when the
/// store is made and stops at ``shutdown()`` (or, as a last resort, when the store is released).
/// The schema is brought up to date before the first operation. Every write is one transaction
/// with its audit line; a wait for another transaction's lock longer than ``lockTimeout`` fails
/// with ``StoreError/busy(path:waited:)``.
public final class PostgresStore: CampaignStore {
    /// The server and database, without a password: for messages.
    public let location: String
    /// How long a statement waits for a lock held by another transaction, in seconds.
    public let lockTimeout: Double
    let client: PostgresClient
    let clock: @Sendable () -> Date
    let logger = Logger(label: "otbor.postgres") { _ in SwiftLogNoOpLogHandler() }
    /// Guides decoded from their snapshots, by hash.
    let guides = DecodedGuides()
    /// Every server's committed changes, heard through `LISTEN` (``PostgresChangeFeed``).
    let changes: PostgresChangeFeed
    public var changeFeed: any ChangeFeed { changes }
    private let runner: Task<Void, Never>
    private let migrations: MigrationGate
    /// The server and database, for the migrations' connection of their own.
    let connection: PostgresConnection.Configuration

    /// A store on the server and database of `url` (``PostgresURL``), with the password from
    /// `PGPASSWORD` or `.pgpass`. Nothing is sent to the server until the first operation, which
    /// first applies pending migrations over a connection of its own (a server that cannot be
    /// reached, or refuses, fails that operation at once with ``StoreError/cannotOpen(path:reason:)``).
    public init(url: PostgresURL, lockTimeout: Double = 5, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        var configuration = try url.configuration()
        configuration.options.maximumConnections = 8
        configuration.options.connectTimeout = .seconds(10)
        // Set once per connection at its start, not with a statement in every transaction.
        configuration.options.additionalStartupParameters = [("lock_timeout", "\(Int(max(lockTimeout, 0.001) * 1000))")]
        let client = PostgresClient(configuration: configuration)
        let connection = try url.connectionConfiguration()
        let location = url.location
        self.client = client
        self.location = location
        self.lockTimeout = lockTimeout
        self.clock = clock
        self.connection = connection
        changes = PostgresChangeFeed(configuration: connection, logger: Logger(label: "otbor.postgres.changes") { _ in SwiftLogNoOpLogHandler() })
        runner = Task { await client.run() }
        let logger = self.logger
        migrations = MigrationGate { try await PostgresSchema.migrate(connection, logger: logger, location: location) }
    }

    deinit {
        runner.cancel()
    }

    /// Closes every connection and waits for the pool to stop; a command calls it before it exits.
    public func shutdown() async {
        await changes.stop()
        runner.cancel()
        await runner.value
    }

    /// The names of the migrations applied, oldest first (migrating first when needed).
    public func appliedMigrations() async throws -> [String] {
        try await read { connection in
            try await connection.all("SELECT identifier FROM otbor_migrations ORDER BY appliedAt, identifier", logger)
                .map { try $0.decode(String.self) }
        }
    }

    /// Applies the pending migrations now and says which they were (none when the database was
    /// current); with `dryRun`, only says which are pending, changing nothing.
    public func migrate(dryRun: Bool) async throws -> MigrationReport {
        let pending = try await PostgresSchema.migrate(connection, logger: logger, location: location, dryRun: dryRun)
        return MigrationReport(known: PostgresSchema.migrations.map(\.name), pending: pending)
    }

    /// One write transaction: `body` runs between `BEGIN` and `COMMIT`, and is rolled back when it throws.
    func write<T>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await transaction("BEGIN ISOLATION LEVEL READ COMMITTED", body)
    }

    /// ``write(_:)`` of a change a live board shows: `pg_notify` in the same transaction, so every
    /// listening server hears `subject` once the write commits, and never when it is rolled back.
    func write<T>(signalling subject: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await write { db in
            // First in the transaction, so a write refused after it proves the rollback discards it.
            try await db.run("SELECT pg_notify(\(PostgresChangeFeed.channel), \(subject))", logger)
            return try await body(db)
        }
    }

    /// One read-only transaction on one snapshot (`REPEATABLE READ`), so related reads agree.
    func read<T>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    private func transaction<T>(_ begin: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            try await migrations.ready()
            return try await client.withConnection { connection in
            try await connection.query(PostgresQuery(unsafeSQL: begin), logger: logger)
            do {
                let value = try await body(connection)
                try await connection.query("COMMIT", logger: logger)
                return value
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
            }
        } catch {
            throw PostgresFailure.storeError(error, location: location, waited: lockTimeout)
        }
    }

    /// The current time as stored: ISO 8601 in UTC with milliseconds, as the SQLite engine stores it.
    var now: String { StoreTime.format(clock()) }

    /// The current time as stored, and as the returned entities carry it (whole milliseconds).
    func stamp() -> (text: String, date: Date) {
        let text = now
        return (text, StoreTime.parse(text) ?? clock())
    }
}

extension PostgresConnection {
    /// Every row `query` returns.
    func all(_ query: PostgresQuery, _ logger: Logger) async throws -> [PostgresRow] {
        try await self.query(query, logger: logger).collect()
    }

    /// Runs `query`, discarding its rows; returns how many rows it returned (use `RETURNING 1` to count changes).
    @discardableResult
    func run(_ query: PostgresQuery, _ logger: Logger) async throws -> Int {
        try await self.query(query, logger: logger).collect().count
    }
}
