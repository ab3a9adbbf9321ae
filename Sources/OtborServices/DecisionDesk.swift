import OtborCore
import OtborStore

/// Decisions on applications: the profile decided on (the candidate's only application's when
/// none is named), the decision with its reason, and the retention deadline (F21) it sets.
public struct DecisionDesk: Sendable {
    /// A recorded decision and what it means for retention.
    public struct Outcome: Sendable {
        public var profile: String
        public var record: DecisionRecord?
        /// The deadline after this decision (the earlier of the first final decision and a
        /// withdrawal of consent); `nil` while neither has happened.
        public var deadline: RetentionDeadline?
    }

    public var store: any CampaignStore

    public init(store: any CampaignStore) {
        self.store = store
    }

    /// Records `decision` with its `reason` on the candidate's application for `profile`.
    /// Refused with a ``CampaignError`` when the application is missing or ambiguous, with a
    /// ``StoreError`` when the reason is empty.
    public func decide(
        candidate: Candidate, profile: String?, decision: Decision, reason: String, actor: String
    ) async throws -> Outcome {
        let profileID = try await store.profileID(candidate: candidate.id, explicit: profile)
        try await store.recordDecision(candidate: candidate.id, profile: profileID, decision: decision, reason: reason, actor: actor)
        let dossier = try await store.dossier(candidate: candidate.id)
        let recorded = dossier.applications.first { $0.application.profile == profileID }?.decisions.last
        let deadline = RetentionDeadline(decisions: dossier.applications.flatMap(\.decisions),
                                         consentWithdrawn: dossier.candidate.consentWithdrawn)
        return Outcome(profile: profileID, record: recorded, deadline: deadline)
    }
}
