import OtborCore

/// Why a campaign lookup has no single answer, as data; each front end words it with its own hints.
public enum CampaignError: Error, Sendable, Equatable {
    /// The candidate has no application for `profile`; `applied` lists the ones they have.
    case noApplication(candidate: CandidateID, profile: String, applied: [String])
    /// The candidate has no application at all yet.
    case noInterviews(candidate: CandidateID)
    /// The candidate applied for several profiles and none was chosen.
    case severalApplications(candidate: CandidateID, profiles: [String])
    /// Nobody applied for `profile`; `profiles` lists the ones in the database.
    case nobodyApplied(profile: String, profiles: [String])
    /// Nobody applied for anything yet.
    case emptyCampaign
    /// Candidates applied for several profiles and none was chosen.
    case severalProfiles([String])
}
