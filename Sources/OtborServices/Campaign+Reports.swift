import OtborCore
import OtborStore

extension Campaign {
    /// Every profile someone in the database applied for, sorted: what `otbor report all` and
    /// the console's report index show.
    public func appliedProfiles() async throws -> [String] {
        Array(Set(try await store.applications(candidate: nil, profile: nil).map(\.profile))).sorted()
    }

    /// A profile as recorded (or, when nobody was assessed yet, as the workspace has it) with its
    /// candidates' evidence; `nil` when neither knows it.
    public func reported(profile id: String) async throws -> (profile: JobProfile, evidence: [CandidateEvidence])? {
        let evidence = try await store.evidence(profile: id)
        guard let profile = evidence.first?.profile ?? library.profile(id) else { return nil }
        return (profile, evidence)
    }
}
