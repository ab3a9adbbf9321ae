import OtborCore

extension PanelConsensus {
    /// One stage of a candidate as the wash-up sees it: every competency the stage rates with each
    /// assessor's rating side by side, flagged disagreements (F1) first, and the consensus already
    /// recorded.
    public struct Washup: Sendable {
        public var profile: String
        public var stage: String
        /// Flagged first, then by competency id.
        public var scores: [StageScore]
    }

    /// The wash-up of `stage` for the candidate under `profile` (their only application's when
    /// `nil`); refused (``GroupSittingError/stageIncomplete(stage:waiting:)``) while any session of
    /// that stage is not submitted, so nobody sees a colleague's ratings early, and
    /// (``GroupSittingError/noStageRatings(stage:)``) when the stage has no ratings.
    public func washup(candidate: Candidate, profile: String?, stage: String) async throws -> Washup {
        let profileID = try await campaign.profileID(candidate: candidate, explicit: profile)
        let waiting = try await campaign.store.sessions(candidate: candidate.id, status: nil, groupRun: nil)
            .filter { $0.guide == stage && $0.status != .submitted }
        guard waiting.isEmpty else { throw GroupSittingError.stageIncomplete(stage: stage, waiting: waiting.map(\.assessor).sorted()) }
        let evidence = try await campaign.evidence(candidate: candidate, explicit: profileID)
        let scores = (evidence?.scorecard().competencies.flatMap(\.stages) ?? []).filter { $0.stage == stage }
        guard !scores.isEmpty else { throw GroupSittingError.noStageRatings(stage: stage) }
        return Washup(profile: profileID, stage: stage, scores: scores.sorted {
            ($0.aggregate.isFlagged ? 0 : 1, $0.competency) < ($1.aggregate.isFlagged ? 0 : 1, $1.competency)
        })
    }
}
