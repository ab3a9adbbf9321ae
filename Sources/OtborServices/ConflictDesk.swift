import OtborCore
import OtborStore

/// Conflicts of interest as every front end handles them (``ConflictOfInterest``): an assessor
/// declares one with a candidate; from then on the store leaves their sessions of that candidate
/// out of the evidence, and the desks refuse them the candidate's interviews, answers, sittings
/// and wash-up.
public struct ConflictDesk: Sendable {
    public var store: any CampaignStore

    public init(store: any CampaignStore) {
        self.store = store
    }

    /// Records that `login` declared a conflict with `candidate`, audited with `login`; `false`
    /// when they had declared it already.
    @discardableResult
    public func declare(candidate: CandidateID, reason: ConflictOfInterest.Reason, login: String) async throws -> Bool {
        try await store.declareConflict(candidate: candidate, login: login, reason: reason)
    }

    /// Refuses (``InterviewError/conflictOfInterest(login:candidate:)``) when `login` declared a
    /// conflict with `candidate`.
    public func refuseRating(by login: String, of candidate: CandidateID) async throws {
        if try await store.conflicts(candidate: candidate).excludes(login, from: candidate) {
            throw InterviewError.conflictOfInterest(login: login, candidate: candidate)
        }
    }
}
