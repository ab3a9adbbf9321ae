/// The one rule for which sessions of a campaign a person may see (independence of ratings): a
/// stage — one guide of one application — becomes visible only when every session of it is
/// submitted, so nobody sees a colleague's ratings of a stage while their own are still open.
/// An assessor always sees their own sessions. Someone who oversees the campaign (HR, an
/// administrator) sees open sessions too, except in a stage where their own session is still
/// open. Exports and erasure (the candidate's own data) see everything.
public enum StageVisibility: Sendable, Hashable {
    /// Scores, rankings and reports: the panel's view.
    case panel
    /// One assessor: their own sessions, and the stages the panel may see.
    case assessor(String)
    /// One person who oversees the campaign: every session, but none of a colleague's in a stage
    /// where this person's own session is not submitted yet.
    case supervisor(String)
    /// Everything stored, for the candidate's own data (export, erasure) and the audit.
    case records

    /// The sessions this viewer may see, in the order given.
    public func visible(_ sessions: [InterviewSession]) -> [InterviewSession] {
        var open = Set<StageKey>(), ownOpen = Set<StageKey>()
        for session in sessions where session.status != .submitted {
            open.insert(StageKey(session))
            if case .supervisor(let name) = self, session.assessor == name { ownOpen.insert(StageKey(session)) }
        }
        // Nothing open (the usual state of a finished campaign): everyone sees every session, and
        // the array is shared, not copied session by session.
        guard !open.isEmpty, self != .records else { return sessions }
        return sessions.filter { session in
            switch self {
            case .records: true
            case .panel: session.status == .submitted && !open.contains(StageKey(session))
            case .assessor(let name): session.assessor == name || session.status == .submitted && !open.contains(StageKey(session))
            case .supervisor(let name): session.assessor == name || !ownOpen.contains(StageKey(session))
            }
        }
    }

    private struct StageKey: Hashable {
        var application: ApplicationID
        var guide: String

        init(_ session: InterviewSession) {
            application = session.applicationId
            guide = session.guide
        }
    }
}
