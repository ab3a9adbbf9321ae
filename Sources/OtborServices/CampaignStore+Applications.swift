import OtborCore
import OtborStore

extension CampaignStore {
    /// The profile a candidate's application is for: `explicit`, which they must have applied
    /// for, else their only application's. Refused with a ``CampaignError`` otherwise.
    public func profileID(candidate: CandidateID, explicit: String?) async throws -> String {
        let applied = try await applications(candidate: candidate).map(\.profile)
        if let explicit {
            guard applied.contains(explicit) else { throw CampaignError.noApplication(candidate: candidate, profile: explicit, applied: applied) }
            return explicit
        }
        switch applied.count {
        case 1: return applied[0]
        case 0: throw CampaignError.noInterviews(candidate: candidate)
        default: throw CampaignError.severalApplications(candidate: candidate, profiles: applied)
        }
    }
}
