import OtborCore

/// Finding content by the id a person gave, with an error that lists what exists.
extension ContentLibrary {
    /// The profile `id`, or ``CampaignError/unknownProfile(_:known:)``.
    public func requireProfile(_ id: String) throws(CampaignError) -> JobProfile {
        guard let profile = profile(id) else { throw .unknownProfile(id, known: profiles.map(\.id)) }
        return profile
    }

    /// The guide `id`, or ``CampaignError/unknownGuide(_:known:)``.
    public func requireGuide(_ id: String) throws(CampaignError) -> InterviewGuide {
        guard let guide = guide(id) else { throw .unknownGuide(id, known: guides.map(\.id)) }
        return guide
    }
}
