import ArgumentParser
import Foundation
import OtborCore
import OtborServices
import OtborStore
import OtborStoreSQLite

/// `--database`, shared by every command that reads or writes the campaign database.
struct StoreOptions: ParsableArguments {
    static let defaultFile = "otbor.sqlite"

    @Option(name: .long, help: ArgumentHelp(
        "The campaign database file (SQLite).",
        discussion: "Defaults to OTBOR_DATABASE, then otbor.sqlite in the workspace folder. `otbor candidates add` creates it (mode 0600) when missing; other commands refuse a missing file.",
        valueName: "file"))
    var database: String?

    /// The database path: `--database`, `OTBOR_DATABASE`, or `otbor.sqlite` in the workspace.
    func path(workspace: WorkspaceOptions) throws -> String {
        if let database { return database }
        if let variable = ProcessInfo.processInfo.environment["OTBOR_DATABASE"], !variable.isEmpty { return variable }
        return try workspace.root().appendingPathComponent(Self.defaultFile).path
    }

    /// Opens the database; only a command that adds candidates (`creating`) makes a missing one,
    /// so a mistyped path or a command that fails leaves no empty database behind.
    /// This is the one place the CLI chooses a database engine.
    func open(workspace: WorkspaceOptions, creating: Bool = false) throws -> any CampaignStore {
        let path = try path(workspace: workspace)
        guard creating || exists(workspace: workspace) else { throw StoreError.missingDatabase(path: path) }
        return try Self.open(path: path)
    }

    /// Opens (creating when missing) the campaign database at `path`, for commands that make
    /// their own, such as `otbor demo`.
    static func open(path: String) throws -> any CampaignStore {
        try SQLiteStore(path: path)
    }

    /// The workspace content and the database together.
    func campaign(workspace: WorkspaceOptions, words: ConsoleWording) throws -> Campaign {
        Campaign(library: try workspace.library(words: words), store: try open(workspace: workspace))
    }

    /// Whether the database file is there.
    func exists(workspace: WorkspaceOptions) -> Bool {
        (try? path(workspace: workspace)).map { FileManager.default.fileExists(atPath: $0) } ?? false
    }
}
