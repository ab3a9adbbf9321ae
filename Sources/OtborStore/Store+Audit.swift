import GRDB

extension Store {
    /// Appends to the audit log inside the caller's transaction.
    func audit(_ db: Database, actor: String, action: String, subject: String, detail: String = "") throws {
        var entry = AuditEntry(id: nil, at: now, actor: actor, action: action, subject: subject, detail: detail)
        try entry.insert(db)
    }

    /// The audit log, oldest first; `subject` filters to one record, such as `session:4`.
    public func auditLog(subject: String? = nil) throws -> [AuditEntry] {
        try read { db in
            var request = AuditEntry.order(Column("id"))
            if let subject { request = request.filter(Column("subject") == subject) }
            return try request.fetchAll(db)
        }
    }
}
