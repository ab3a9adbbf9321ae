import OtborStore
import GRDB
import OtborCore

/// The one reader of the `audit` table.
enum AuditRows {
    /// Audit lines, oldest first; of one subject when given.
    static func fetch(_ db: Database, subject: String?) throws -> [AuditEntry] {
        let statement = try db.cachedStatement(sql: """
            SELECT id, at, actor, action, subject, detail FROM audit\(subject == nil ? "" : " WHERE subject = ?") ORDER BY id
            """)
        try statement.setArguments(StatementArguments(subject.map { [$0] } ?? []))
        var result: [AuditEntry] = []
        var row: RowReader?
        try RawRows.forEach(statement, in: db) { handle in
            if row == nil { row = RowReader(handle: handle, table: "audit", columns: 6) }
            let text = try row!.required(3)
            guard let action = AuditAction(rawValue: text) else {
                throw StoreError.invalid("audit line \(row!.int64(0)) has an unknown action '\(text.prefix(40))'")
            }
            result.append(AuditEntry(id: row!.int64(0), at: try row!.time(1), actor: try row!.required(2), action: action,
                                     subject: try row!.required(4), detail: row!.string(5) ?? ""))
        }
        return result
    }
}
