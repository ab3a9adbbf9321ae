import OtborCore
import OtborStore

/// How candidates are named to the account of a request: by name, or under blind ranking by their
/// code (``CampaignOptions/label(_:for:)``). Read once per request, from the campaign's options.
struct CandidateNames: Sendable {
    let options: CampaignOptions
    let account: Account

    static func of(_ store: any CampaignStore, for account: Account) async throws -> CandidateNames {
        CandidateNames(options: try await store.campaignOptions(), account: account)
    }

    func callAsFunction(_ candidate: Candidate) -> String { options.label(candidate, for: account) }
}
