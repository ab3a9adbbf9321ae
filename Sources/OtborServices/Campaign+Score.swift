import OtborCore
import OtborStore

extension Campaign {
    /// The scorecard of `candidate` against `profile` (their only application's when `nil`), with
    /// the DISC context and notes on changed content: `otbor score` and the console's scorecard.
    /// Refused with a ``CampaignError`` when the candidate has no such application.
    public func score(candidate: Candidate, profile: String?, engine: ScoringEngine) async throws -> CandidateScoreDocument {
        let profileID = try await profileID(candidate: candidate, explicit: profile)
        guard let evidence = try await store.evidence(profile: profileID, candidate: candidate.id).first else {
            throw CampaignError.noApplication(candidate: candidate.id, profile: profileID, applied: [])
        }
        let disc = try await DISCContext.of(candidate: candidate.id, in: store, target: evidence.profile.disc)
        return CandidateScoreDocument(evidence: evidence, card: evidence.scorecard(engine: engine), disc: disc,
                                      contentChanges: contentChanges([evidence]))
    }
}
