/// What a person does in the campaign, which decides what the console lets them do.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Accounts, the audit log and everything the other roles may do.
    case admin
    /// Candidates, decisions, consensus and reports; HR also runs screens and interviews.
    case hr
    /// Their own interviews, and the candidates' names and ids to find them.
    case assessor
    /// Reads reports only.
    case observer

    /// Whether a person in this role may do `action`. Whose sessions an assessor sees beyond their
    /// own is decided by ``StageVisibility``, not here.
    public func allows(_ action: ConsoleAction) -> Bool {
        switch self {
        case .admin:
            true
        case .hr:
            switch action {
            case .listCandidates, .readReports, .editCandidates, .recordDecisions, .recordConsensus, .conductInterviews, .runGroupSittings: true
            case .manageAccounts, .readAuditLog: false
            }
        case .assessor:
            action == .listCandidates || action == .conductInterviews
        case .observer:
            action == .listCandidates || action == .readReports
        }
    }
}
