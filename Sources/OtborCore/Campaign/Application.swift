import Foundation

/// A candidate applying for one profile; sessions, consensus and decisions belong to it.
public struct Application: Sendable, Hashable, Identifiable {
    public var id: ApplicationID
    public var candidateId: CandidateID
    public var profile: String
    /// Content hash of the profile when the application was opened.
    public var profileHash: String
    public var createdAt: Date

    public init(id: ApplicationID, candidateId: CandidateID, profile: String, profileHash: String, createdAt: Date) {
        self.id = id
        self.candidateId = candidateId
        self.profile = profile
        self.profileHash = profileHash
        self.createdAt = createdAt
    }
}
