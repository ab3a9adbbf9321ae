import Foundation
import GRDB
import OtborCore
import OtborLoading
import OtborStore
import OtborStoreSQLite
import OtborTestSupport

/// A database in a temporary folder with candidates rated through the store, as the runner would.
final class CampaignFixture: @unchecked Sendable {
    static let library: ContentLibrary = WorkspaceLoader(root: OtborProcess.repository).load().library
    static let profile = library.profile("senior-support-manager")!

    private let temporary: TemporaryFolder
    let path: String
    let store: SQLiteStore

    var folder: URL { temporary.url }

    init() throws {
        temporary = try TemporaryFolder("otbor-campaign")
        path = temporary.file("campaign.sqlite").path
        store = try SQLiteStore(path: path)
    }

    func addCandidate(_ name: String, group: String? = nil) throws -> CandidateID {
        try store.addCandidate(NewCandidate(name: name, consentDate: "2026-11-01", fairnessGroup: group), actor: "hr").id
    }

    /// Adds `count` candidates named "Кандидат N" with notes of `notes` kilobytes or so, in one
    /// transaction beside the store: bulk for tests that need a large file or a long export.
    func addBulkCandidates(_ count: Int, notes kilobytes: Int) throws {
        let notes = String(repeating: "заметка о кандидате ", count: kilobytes * 1024 / 37)
        try DatabaseQueue(path: path).write { db in
            for index in 0..<count {
                try db.execute(sql: """
                    INSERT INTO candidate (name, consentDate, notes, createdAt) VALUES (?, '2025-01-10', ?, '2025-01-10T10:00:00.000Z')
                    """, arguments: ["Кандидат \(index)", notes])
            }
        }
    }

    /// Rates every rating step of `guide` with `score(step)` and submits unless told otherwise.
    @discardableResult
    func rate(_ candidate: CandidateID, guide id: String, assessor: String, submit: Bool = true,
              score: (InterviewStep) -> Int?) throws -> SessionID {
        let guide = Self.library.guide(id)!
        let session = try store.startSession(candidate: candidate, profile: Self.profile, guide: guide, assessor: assessor)
        for step in guide.steps {
            guard case .rating = step.kind else { continue }
            try store.record(RecordedAnswer(step: step, value: .rating(score(step)), note: "evidence for \(step.key)"), session: session.id)
        }
        if submit { try store.submit(session: session.id) }
        return session.id
    }

    /// Runs `otbor` against this database and the repository's workspace, in English unless the
    /// arguments give `--lang`.
    func run(_ arguments: [String]) throws -> OtborProcess.Output {
        try OtborProcess.run(arguments + ["--database", path, "--workspace", OtborProcess.repository.path] + English.unless(arguments))
    }
}
