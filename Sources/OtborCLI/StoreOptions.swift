import ArgumentParser
import Foundation
import OtborStore

/// `--database`, shared by every command that reads or writes the campaign database.
struct StoreOptions: ParsableArguments {
    static let defaultFile = "otbor.sqlite"

    @Option(name: .long, help: ArgumentHelp(
        "The campaign database file (SQLite).",
        discussion: "Defaults to OTBOR_DATABASE, then otbor.sqlite in the workspace folder. Created with mode 0600 when missing.",
        valueName: "file"))
    var database: String?

    /// The database path: `--database`, `OTBOR_DATABASE`, or `otbor.sqlite` in the workspace.
    func path(workspace: WorkspaceOptions) throws -> String {
        if let database { return database }
        if let variable = ProcessInfo.processInfo.environment["OTBOR_DATABASE"], !variable.isEmpty { return variable }
        return try workspace.root().appendingPathComponent(Self.defaultFile).path
    }

    /// Opens (or creates) the database.
    func open(workspace: WorkspaceOptions) throws -> Store {
        try Store(path: try path(workspace: workspace))
    }
}

/// `--by`: who makes a change, for the audit log.
struct ActorOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Who makes the change, for the audit log (defaults to $USER).", valueName: "name"))
    var by: String?

    var actor: String {
        if let by, !by.trimmingCharacters(in: .whitespaces).isEmpty { return by }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }
}
