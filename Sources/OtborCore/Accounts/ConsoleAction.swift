/// What a person may do in the web console (and through its API). ``Role/allows(_:)`` is the one
/// rule that says who may do which.
public enum ConsoleAction: String, Sendable, Hashable, CaseIterable {
    /// See the candidates of the campaign by name and id.
    case listCandidates
    /// See what was found about candidates: their applications, decisions, scorecards and reports.
    case readReports
    /// Add candidates and change their records.
    case editCandidates
    /// Record decisions on applications.
    case recordDecisions
    /// Record consensus ratings for flagged disagreements.
    case recordConsensus
    /// Conduct interviews: start sessions, answer, submit (one's own sessions only).
    case conductInterviews
    /// Set up group sittings (who observes whom) and follow their boards.
    case runGroupSittings
    /// Add, disable and change accounts; issue API tokens.
    case manageAccounts
    /// Read the audit log.
    case readAuditLog
}
