/// How far one stage (one guide of one application) has come: done once every session of it is
/// submitted — the moment ``StageVisibility/panel`` shows it to scoring — in progress while a
/// session of it is open or paused, not started while it has no session.
public enum StageProgress: String, Sendable, Hashable, Codable, CaseIterable {
    case done
    case inProgress = "in-progress"
    case notStarted = "not-started"

    /// The progress of every stage that has a session among `sessions`, keyed by guide id; a
    /// stage missing from the result is not started. `sessions` belong to one application.
    public static func byStage(_ sessions: [InterviewSession]) -> [String: StageProgress] {
        let done = Set(StageVisibility.panel.visible(sessions).map(\.guide))
        var progress: [String: StageProgress] = [:]
        for session in sessions {
            progress[session.guide] = done.contains(session.guide) ? .done : .inProgress
        }
        return progress
    }
}
