import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Appends to the audit log inside the caller's transaction.
    func audit(_ db: Database, actor: String, action: AuditAction, subject: String, detail: String = "", at time: String? = nil) throws {
        // A statement compiled once per connection: compiling it per line dominated bulk imports.
        try db.cachedStatement(sql: Self.auditInsert)
            .execute(arguments: [time ?? now, actor, action.rawValue, subject, detail])
    }

    /// Appends an audit line: arguments at, actor, action, subject, detail.
    static let auditInsert = "INSERT INTO audit (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)"

    /// The audit log, oldest first; `subject` filters to one record, such as `session:4`.
    public func auditLog(subject: String? = nil) throws -> [AuditEntry] {
        try read { db in try AuditRows.fetch(db, subject: subject) }
    }

    /// Copies every committed change into the database file and empties the WAL file.
    public func checkpoint() throws {
        try guarded {
            try pool.writeWithoutTransaction { db in
                _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
    }

    /// `PRAGMA integrity_check`: "ok" for a sound file.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }
}
