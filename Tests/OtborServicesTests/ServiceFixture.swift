import Foundation
import OtborCore
import OtborLoading
import OtborServices
import OtborStore
import OtborStoreSQLite

/// A campaign on the shipped content in a temporary SQLite database, driven only through the
/// services and the store protocol, as a web handler would.
final class ServiceFixture: @unchecked Sendable {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library: ContentLibrary = WorkspaceLoader(root: repository).load().library
    static let profile = library.profile("senior-support-manager")!

    let folder: URL
    let campaign: Campaign

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-services-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: folder.appendingPathComponent("campaign.sqlite").path)
        campaign = Campaign(library: Self.library, store: store)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func add(_ name: String) async throws -> Candidate {
        try await campaign.store.addCandidate(NewCandidate(name: name, consentDate: CalendarDate(year: 2026, month: 11, day: 1)!),
                                              actor: "hr")
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
