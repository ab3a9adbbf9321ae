import ArgumentParser
import Foundation
import OtborCore
import OtborLoading

/// `--workspace`, shared by every command that reads content.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The workspace folder (with Profiles/ and Interviews/).",
        discussion: "Defaults to OTBOR_WORKSPACE, then the nearest folder upwards that has both.",
        valueName: "dir"))
    var workspace: String?

    /// The workspace root, or a usage error explaining where Otbor looked.
    func root() throws -> URL {
        do {
            return try WorkspaceLocator.locate(explicit: workspace)
        } catch let error as WorkspaceLocator.NotFound {
            throw ValidationError(ErrorWording(.commandLine).message(error))
        }
    }

    /// The content, refusing a workspace with errors (they are printed to standard error).
    func library(words: ConsoleWording) throws -> ContentLibrary {
        let result = WorkspaceLoader(root: try root()).load(warnings: false)
        guard !result.diagnostics.hasErrors else {
            let errors = result.diagnostics.errors
            ErrorWording(words).lines(errors, limit: 20).forEach(Printer.error)
            Printer.error(words(.workspaceHasErrors, ["errors": words.count(errors.count, .error)]))
            throw ExitCode(ExitStatus.findings)
        }
        return result.library
    }
}
