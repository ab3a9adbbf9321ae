import OtborCore
import OtborStore

/// The audit lines of an import, in order, as three columns.
struct ImportAudit {
    var actions: [String] = [], subjects: [String] = [], details: [String] = []

    mutating func add(_ action: AuditAction, _ subject: String, _ detail: String) {
        actions.append(action.rawValue)
        subjects.append(subject)
        details.append(detail)
    }
}
