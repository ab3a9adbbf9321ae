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
    /// The workspace has no profile `id`; `known` lists the ones it has.
    case unknownProfile(String, known: [String])
    /// The workspace has no guide `id`; `known` lists the ones it has.
    case unknownGuide(String, known: [String])
    /// The guide is not one of the profile's stages; `stages` lists the guides of its process.
    case notAStage(guide: String, profile: String, stages: [String])
}
