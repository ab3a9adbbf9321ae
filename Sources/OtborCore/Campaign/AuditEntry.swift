import Foundation

/// One line of the append-only audit log: who changed what, when. It never holds a candidate's
/// name, contacts or notes, only ids and values, so it stays anonymous after an erasure.
public struct AuditEntry: Sendable, Hashable {
    public var id: Int64
    public var at: Date
    public var actor: String
    public var action: AuditAction
    /// The record changed, such as `candidate:3` or `session:12`.
    public var subject: String
    public var detail: String

    public init(id: Int64, at: Date, actor: String, action: AuditAction, subject: String, detail: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.subject = subject
        self.detail = detail
    }
}
