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
            result.diagnostics.forEach { Printer.print($0.description) }
            let library = result.library
            let summary = "\(errors) error(s), \(warnings) warning(s); \(library.competencies.count) competencies, "
                + "\(library.profiles.count) profiles, \(library.guides.count) guides, "
                + "\(library.guides.reduce(0) { $0 + $1.items.count }) items, "
                + "\(library.disc?.groups.count ?? 0) DISC groups"
            Printer.print(summary)
        }
        if errors > 0 { throw ExitCode(ExitStatus.findings) }
    }
}
