import Foundation
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// The snapshot of the read transaction on `db`, for ``onSnapshot(_:_:)`` (`pg_export_snapshot`).
    func exportSnapshot(_ db: PostgresConnection) async throws -> String {
        guard let row = try await db.all("SELECT pg_export_snapshot()", logger).first else {
            throw StoreError.invalid("the server exported no snapshot")
        }
        return try row.decode(String.self)
    }

    /// Runs `body` in a read-only transaction that sees exactly the snapshot `snapshot` exported by
    /// a read still open, on a connection of its own (not from the pool, so a read waiting for it
    /// never waits on the pool it holds a connection of), closed afterwards. Lets one read ask the
    /// server two things at once.
    func onSnapshot<T: Sendable>(_ snapshot: String, _ body: @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        // `SET TRANSACTION SNAPSHOT` takes a literal, not a parameter: the id is checked instead.
        guard !snapshot.isEmpty, snapshot.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw StoreError.invalid("the server exported a snapshot id that is not one: \(snapshot.prefix(40))")
        }
        let db = try await PostgresConnection.connect(configuration: connection, id: 4, logger: logger)
        do {
            try await db.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
            try await db.query(PostgresQuery(unsafeSQL: "SET TRANSACTION SNAPSHOT '\(snapshot)'"), logger: logger)
            let value = try await body(db)
            try await db.query("COMMIT", logger: logger)
            try await db.close()
            return value
        } catch {
            try? await db.close()
            throw error
        }
    }
}
