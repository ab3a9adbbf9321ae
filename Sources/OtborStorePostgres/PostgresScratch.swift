import Foundation
import Logging
import OtborCore
import OtborStore
import PostgresNIO

/// Throwaway databases on the server of a URL, for `otbor bench`: made (empty, or as a copy of
/// another with `CREATE DATABASE … TEMPLATE`), filled with candidates in one statement, and
/// dropped. The role of the URL needs `CREATEDB`. Names are the bench's own (`[a-z0-9_]` only,
/// checked): a database name cannot be a bound parameter.
public struct PostgresScratch: Sendable {
    /// The server, and the database the administrative statements run in.
    public let url: PostgresURL
    private let logger = Logger(label: "otbor.postgres.scratch") { _ in SwiftLogNoOpLogHandler() }

    public init(url: PostgresURL) {
        self.url = url
    }

    /// The URL of the database `name` on the same server.
    public func url(of name: String) -> PostgresURL {
        var other = url
        other.database = name
        return other
    }

    /// Creates the database `name`, empty or as a copy of `template` (which nobody may be connected to).
    public func create(_ name: String, template: String? = nil) async throws {
        let sql = "CREATE DATABASE \(try Self.checked(name))" + (try template.map { " TEMPLATE \(try Self.checked($0))" } ?? "")
        try await withConnection { try await $0.run(PostgresQuery(unsafeSQL: sql), logger) }
    }

    /// Drops the database `name` if it is there, closing other connections to it. `FORCE` is
    /// refused to a role that is not a superuser while an autovacuum worker (the superuser's) is
    /// in the database, as after an import; then it is tried again, and at last a plain `DROP`
    /// (which stops autovacuum itself).
    public func drop(_ name: String) async throws {
        let name = try Self.checked(name)
        for attempt in 1...5 {
            do {
                let force = attempt < 5 ? " WITH (FORCE)" : ""
                return try await withConnection { try await $0.run(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name)\(force)"), logger) }
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "42501" && attempt < 5 {
                try await Task.sleep(for: .milliseconds(200 * attempt))
            }
        }
    }

    /// `VACUUM (ANALYZE)` of the database `name`: what autovacuum does soon after a bulk load
    /// (the visibility map, hint bits and the planner's statistics), done now and waited for.
    public func vacuum(_ name: String) async throws {
        try await withConnection(database: try Self.checked(name)) { _ = try await $0.run("VACUUM (ANALYZE)", logger) }
    }

    /// The server's durability settings, such as `fsync=on, synchronous_commit=on, wal_level=replica`.
    public func durability() async throws -> String {
        try await withConnection { connection in
            var parts: [String] = []
            for setting in ["fsync", "synchronous_commit", "full_page_writes", "wal_level"] {
                let value = try await connection.all("SELECT current_setting(\(setting))", logger)[0].decode(String.self)
                parts.append("\(setting)=\(value)")
            }
            return "PostgreSQL " + (try await connection.all("SHOW server_version", logger)[0].decode(String.self))
                + ", " + parts.joined(separator: ", ")
        }
    }

    /// Adds candidates to the database `name` (migrated already) in one statement; returns their ids in order.
    public func addCandidates(_ people: [NewCandidate], to name: String) async throws -> [CandidateID] {
        let time = StoreTime.format(Date())
        return try await withConnection(database: name) { connection in
            try await connection.all("""
                INSERT INTO candidate (name, email, phone, source, consentDate, fairnessGroup, notes, createdAt)
                SELECT n, NULLIF(e, ''), NULLIF(p, ''), NULLIF(s, ''), d, NULLIF(f, ''), NULLIF(t, ''), \(time)
                FROM unnest(\(people.map(\.name))::text[], \(people.map { $0.email ?? "" })::text[], \(people.map { $0.phone ?? "" })::text[],
                            \(people.map { $0.source ?? "" })::text[], \(people.map(\.consentDate.description))::text[],
                            \(people.map { $0.fairnessGroup ?? "" })::text[], \(people.map { $0.notes ?? "" })::text[])
                    WITH ORDINALITY AS c(n, e, p, s, d, f, t, o) ORDER BY o
                RETURNING id
                """, logger).map { CandidateID(try $0.decode(Int64.self)) }
        }
    }

    /// `body` on a connection of its own to `database` (the URL's when `nil`), closed afterwards.
    func withConnection<T>(database: String? = nil, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        let target = database.map(url(of:)) ?? url
        let connection = try await PostgresConnection.connect(configuration: try target.connectionConfiguration(), id: 2, logger: logger)
        do {
            let value = try await body(connection)
            try? await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw error
        }
    }

    private static func checked(_ name: String) throws -> String {
        guard !name.isEmpty, name.count <= 63, name.utf8.allSatisfy({ (97...122).contains($0) || (48...57).contains($0) || $0 == 95 }) else {
            throw StoreError.invalid("'\(name.prefix(80))' is not a scratch database name (a to z, 0 to 9 and _, at most 63)")
        }
        return name
    }
}
