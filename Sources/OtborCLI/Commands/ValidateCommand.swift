import ArgumentParser
import OtborCore
import OtborLoading

/// `otbor validate`: every problem of every data file, in one run.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every data file of the workspace.",
        discussion: """
            Prints each problem as path:line:column: error|warning: message, sorted by file and line. \
            Checks YAML syntax, keys, types, levels 1–5, weights, ids, references between files, DISC \
            letters, and assessment-centre rules (warnings). Exits 1 when there is an error; warnings alone exit 0.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let result = WorkspaceLoader(root: try workspace.root()).load()
        let errors = result.diagnostics.errors.count, warnings = result.diagnostics.warnings.count
        switch output.format {
        case .json:
            try Printer.printJSON(ValidationReport(result: result))
        case .text:
            let library = result.library, words = output.wording
            ErrorWording(words).lines(result.diagnostics).forEach(Printer.print)
            Printer.print(words(.validationSummary, [
                "errors": words.count(errors, .error), "warnings": words.count(warnings, .warning),
                "competencies": words.count(library.competencies.count, .competency), "profiles": words.count(library.profiles.count, .profile),
                "guides": words.count(library.guides.count, .guide), "items": words.count(library.guides.reduce(0) { $0 + $1.items.count }, .item),
                "discGroups": words.count(library.disc?.groups.count ?? 0, .discGroup)]))
        }
        if errors > 0 { throw ExitCode(ExitStatus.findings) }
    }
}
