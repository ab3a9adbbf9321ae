import OtborCore
import OtborStore

/// The panel's consensus on flagged disagreements (F1): which stage scores of a candidate are
/// flagged, and recording a consensus value with its rationale for one of them. Only a flagged
/// stage score takes a consensus; the value must be a half step of the scale (``Consensus``).
public struct PanelConsensus: Sendable {
    /// What the panel has to resolve for one candidate.
    public struct Review: Sendable {
        /// The stage scores (of one stage, when asked) whose assessors disagree, consensus or not.
        public var flagged: [StageScore]
        /// Sessions of those stages not yet submitted: their ratings are not included.
        public var waiting: [InterviewSession]
    }

    public var campaign: Campaign

    public init(campaign: Campaign) {
        self.campaign = campaign
    }

    /// The candidate's flagged stage scores under `profile` (their only application's when `nil`),
    /// of `stage` only when given.
    public func review(candidate: Candidate, profile: String?, stage: String?) async throws -> Review {
        let scores = try await stageScores(candidate: candidate, profile: profile, stage: stage)
        let waiting = try await campaign.store.sessions(candidate: candidate.id)
            .filter { $0.status != .submitted && (stage == nil || $0.guide == stage) }
        return Review(flagged: scores.filter(\.aggregate.isFlagged), waiting: waiting)
    }

    /// Records the panel's `value` for `competency` in `stage`, refused unless that stage score
    /// is flagged, and refused to an `actor` who declared a conflict of interest with the
    /// candidate; returns what was recorded and the assessors' mean it replaces.
    @discardableResult
    public func record(
        _ value: Double, stage: String, competency: String, rationale: String, candidate: Candidate, profile: String?, actor: String
    ) async throws -> (consensus: Consensus, mean: Double) {
        if try await campaign.store.conflicts(candidate: candidate.id).excludes(actor, from: candidate.id) {
            throw ConsensusError.conflictOfInterest(login: actor, candidate: candidate.id)
        }
        let profileID = try await campaign.profileID(candidate: candidate, explicit: profile)
        let scores = try await stageScores(candidate: candidate, profile: profileID, stage: stage)
        guard let score = scores.first(where: { $0.competency == competency }) else {
            throw ConsensusError.noRatings(competency: competency, stage: stage, candidate: candidate.id)
        }
        guard score.aggregate.isFlagged else {
            throw ConsensusError.notFlagged(competency: competency, stage: stage, ratings: score.byAssessor.values.sorted())
        }
        guard let consensus = Consensus(stage: stage, competency: competency, value: value, rationale: rationale) else {
            throw ConsensusError.notAConsensus(value)
        }
        try await campaign.store.recordConsensus(candidate: candidate.id, profile: profileID, consensus: consensus, actor: actor)
        return (consensus, score.aggregate.mean)
    }

    private func stageScores(candidate: Candidate, profile: String?, stage: String?) async throws -> [StageScore] {
        guard let evidence = try await campaign.evidence(candidate: candidate, explicit: profile) else { return [] }
        return evidence.scorecard().competencies.flatMap(\.stages).filter { stage == nil || $0.stage == stage }
    }
}
