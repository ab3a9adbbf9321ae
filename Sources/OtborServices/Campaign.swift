import OtborCore
import OtborStore

/// The workspace content and the campaign database together, with the lookups every front end shares.
public struct Campaign: Sendable {
    public var library: ContentLibrary
    public var store: any CampaignStore

    public init(library: ContentLibrary, store: any CampaignStore) {
        self.library = library
        self.store = store
    }

    /// The profile a candidate is scored against: `explicit`, else their only application's.
    public func profileID(candidate: Candidate, explicit: String?) async throws -> String {
        try await store.profileID(candidate: candidate.id, explicit: explicit)
    }

    /// `explicit`, else the only profile anyone in the database applied for.
    public func profileID(explicit: String?) async throws -> String {
        let applied = try await appliedProfiles()
        if let explicit {
            guard applied.contains(explicit) else { throw CampaignError.nobodyApplied(profile: explicit, profiles: applied) }
            return explicit
        }
        switch applied.count {
        case 1: return applied[0]
        case 0: throw CampaignError.emptyCampaign
        default: throw CampaignError.severalProfiles(applied)
        }
    }

    /// The recorded profile a candidate is scored against, and their evidence for it.
    public func evidence(candidate: Candidate, explicit: String?) async throws -> CandidateEvidence? {
        let profile = try await profileID(candidate: candidate, explicit: explicit)
        return try await store.evidence(profile: profile, candidate: candidate.id).first
    }

    /// A note for each profile or guide whose files changed since the sessions recorded them.
    /// Each file's current content is hashed once, however many sessions used it.
    public func contentChanges(_ evidence: [CandidateEvidence]) -> [String] {
        var profileHashes: [String: String?] = [:], guideHashes: [String: String?] = [:]
        func current(_ id: String, in memo: inout [String: String?], _ hash: () -> String?) -> String? {
            if let known = memo[id] { return known }
            let value = hash()
            memo[id] = value
            return value
        }
        var notes: Set<String> = []
        for item in evidence {
            let profile = item.application.profile
            let hash = current(profile, in: &profileHashes) { library.profile(profile).flatMap { try? ContentHash.of($0) } }
            if let hash, hash != item.application.profileHash {
                notes.insert("profile \(profile) changed since it was recorded; scores use the recorded version")
            }
            for session in item.sessions {
                let hash = current(session.guide, in: &guideHashes) { library.guide(session.guide).flatMap { try? ContentHash.of($0) } }
                if let hash, hash != session.guideHash {
                    notes.insert("guide \(session.guide) changed since session \(session.id) used it; scores use the recorded version")
                }
            }
        }
        return notes.sorted()
    }
}
