import Foundation
import OtborCore
import OtborStore
import OtborStoreSQLite
import OtborTestSupport

/// A temporary folder for one run of ``BadArgumentsTests``, with the database the row asks for, and
/// what it holds before and after the run.
final class BadArgumentRun: @unchecked Sendable {
    private let temporary: TemporaryFolder
    let database: BadArgument.Database
    private let path: String
    private let store: SQLiteStore?

    init(_ database: BadArgument.Database) throws {
        self.database = database
        temporary = try TemporaryFolder("otbor-bad-arguments")
        path = temporary.file("campaign.sqlite").path
        switch database {
        case .none:
            // A file where a row wants a folder.
            try Data("not a folder\n".utf8).write(to: temporary.file("plain-file"))
            store = nil
        case .absent:
            store = nil
        case .seeded:
            let store = try SQLiteStore(path: path)
            let anna = try store.addCandidate(NewCandidate(name: "Анна Петрова", consentDate: "2026-11-01"), actor: "hr")
            _ = try store.addCandidate(NewCandidate(name: "Борис Орлов", consentDate: "2026-11-01"), actor: "hr")
            _ = try store.startSession(candidate: anna.id, profile: CampaignFixture.profile,
                                       guide: CampaignFixture.library.guide("manager-interview")!, assessor: "Ирина Смирнова")
            self.store = store
        }
    }

    var folder: URL { temporary.url }

    /// Runs `otbor` in the folder with standard input at end of file (not a terminal), adding
    /// `--database` and `--workspace` unless the row takes no database.
    func otbor(_ arguments: [String]) throws -> OtborProcess.Output {
        try OtborProcess.run(arguments + (database == .none ? [] : ["--database", path, "--workspace", OtborProcess.repository.path]),
                             in: folder)
    }

    /// What a run must not change: the database's rows and audit log, or else the folder's files.
    func snapshot() throws -> [String] {
        guard let store else {
            return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        }
        return try store.candidates().map { "\($0)" }
            + store.sessions().map { "session \($0.id) \($0.status.rawValue) \($0.cursor ?? "-")" }
            + ["audit \(try store.auditLog().count)"]
    }
}
