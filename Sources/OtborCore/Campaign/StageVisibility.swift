/// The one rule for which sessions of a campaign a person may see (independence of ratings): a
/// stage — one guide of one application — becomes visible only when every session of it is
/// submitted, so nobody sees a colleague's ratings of a stage while their own are still open.
/// An assessor always sees their own sessions. Exports and erasure (the candidate's own data)
/// see everything.
public enum StageVisibility: Sendable, Hashable {
    /// Scores, rankings and reports: the panel's view.
    case panel
    /// One assessor: their own sessions, and the stages the panel may see.
    case assessor(String)
    /// Everything stored, for the candidate's own data (export, erasure) and the audit.
    case records

    /// The sessions this viewer may see, in the order given.
    public func visible(_ sessions: [InterviewSession]) -> [InterviewSession] {
        if case .records = self { return sessions }
        var open = Set<StageKey>()
        for session in sessions where session.status != .submitted {
            open.insert(StageKey(application: session.applicationId, guide: session.guide))
        }
        return sessions.filter { session in
            if case .assessor(let name) = self, session.assessor == name { return true }
            return session.status == .submitted && !open.contains(StageKey(application: session.applicationId, guide: session.guide))
        }
    }

    private struct StageKey: Hashable {
        var application: ApplicationID
        var guide: String
    }
}
