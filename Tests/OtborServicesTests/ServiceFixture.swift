import Foundation
import OtborCore
import OtborLoading
import OtborServices
import OtborStore
import OtborStoreSQLite
import OtborTestSupport

/// A campaign on the shipped content in a temporary SQLite database, driven only through the
/// services and the store protocol, as a web handler would.
final class ServiceFixture: @unchecked Sendable {
    static let library: ContentLibrary = WorkspaceLoader(root: OtborProcess.repository).load().library
    static let profile = library.profile("senior-support-manager")!

    let folder: TemporaryFolder
    let campaign: Campaign

    init() throws {
        folder = try TemporaryFolder("otbor-services")
        let store = try SQLiteStore(path: folder.file("campaign.sqlite").path)
        campaign = Campaign(library: Self.library, store: store)
    }

    func add(_ name: String) async throws -> Candidate {
        try await campaign.store.addCandidate(NewCandidate(name: name, consentDate: "2026-11-01"), actor: "hr")
    }

    /// `assessor` rates every rating step of `guide` with `score` and submits.
    func rate(_ candidate: Candidate, guide id: String, assessor: String, score: Int) async throws {
        let guide = Self.library.guide(id)!
        let session = try await campaign.store.startSession(candidate: candidate.id, profile: Self.profile, guide: guide, assessor: assessor)
        for step in guide.steps {
            guard case .rating = step.kind else { continue }
            try await campaign.store.record(RecordedAnswer(step: step, value: .rating(score)), session: session.id)
        }
        try await campaign.store.submit(session: session.id)
    }
}
