import GRDB

extension Store {
    /// Appends to the audit log inside the caller's transaction.
    func audit(_ db: Database, actor: String, action: String, subject: String, detail: String = "", at time: String? = nil) throws {
        // A statement compiled once per connection: compiling it per line dominated bulk imports.
        try db.cachedStatement(sql: Self.auditInsert)
            .execute(arguments: [time ?? now, actor, action, subject, detail])
    }

    /// Appends an audit line: arguments at, actor, action, subject, detail.
    static let auditInsert = "INSERT INTO audit (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)"

    /// The audit log, oldest first; `subject` filters to one record, such as `session:4`.
    public func auditLog(subject: String? = nil) throws -> [AuditEntry] {
        try read { db in
            var request = AuditEntry.order(Column("id"))
            if let subject { request = request.filter(Column("subject") == subject) }
            return try request.fetchAll(db)
        }
    }
}
