import ArgumentParser
import Foundation
import OtborCore
import OtborLoading
import OtborServices
import OtborStore

/// `otbor interview import SCORESHEET.yaml`: ratings captured on paper or by another tool,
/// checked against the workspace and the database, then written all or nothing.
struct InterviewImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a scoresheet: ratings captured on paper or by another tool.",
        discussion: """
            A scoresheet (YAML; see Docs/DataFormat.md, "Scoresheets") names a profile, a guide and an \
            assessor, and gives one sheet of answers per candidate (several only for a group guide). It is \
            checked against the workspace and the database first: every problem is printed as \
            path:line:column: error: message, and then nothing is written (exit 1). Otherwise one session per \
            sheet is created with all its answers and red flags in a single transaction, submitted unless the \
            file says submit: false. Steps a sheet leaves out are unanswered and count as not assessed.
            """)

    @Argument(help: ArgumentHelp("The scoresheet file (YAML).", valueName: "scoresheet"))
    var scoresheet: String

    @Flag(name: .long, help: "Check the scoresheet against the workspace and the database; write nothing.")
    var dryRun = false

    @OptionGroup var options: CampaignWriteOptions

    func run() async throws {
        let workspace = options.workspace, store = options.database
        let library = try workspace.library(words: options.wording)
        // Candidates live in the database; a missing database is not created just to find none.
        let database = store.exists(workspace: workspace) ? try options.open() : nil
        let words = options.wording
        let report = try await Self.perform(scoresheet: scoresheet, library: library, database: database,
                                            databasePath: try store.path(workspace: workspace), dryRun: dryRun, actor: options.actor,
                                            words: words)
        switch options.format {
        case .json: try Printer.printJSON(report)
        case .text: Printer.print(report.text(file: scoresheet, words: words))
        }
    }

    /// Checks the scoresheet (printing every diagnostic to standard error) and, unless `dryRun`,
    /// writes it all-or-nothing; the path `otbor demo` shares with this command.
    static func perform(
        scoresheet: String, library: ContentLibrary, database: (any CampaignStore)?, databasePath: String, dryRun: Bool, actor: String,
        words: ConsoleWording
    ) async throws -> ImportSummary {
        guard FileManager.default.fileExists(atPath: scoresheet) else {
            throw ValidationError(words(.noScoresheet, ["file": scoresheet]))
        }
        let outcome = try await ScoresheetImport.run(path: scoresheet, library: library, store: database, dryRun: dryRun,
                                                     actor: actor, today: CandidateInput.today())
        let errors = outcome.diagnostics.errors.count
        // Warnings (unanswered steps) only matter for a scoresheet that is imported.
        ErrorWording(words).lines(errors > 0 ? outcome.diagnostics.errors : outcome.diagnostics).forEach(Printer.error)
        guard let summary = outcome.summary else {
            if database == nil && outcome.candidateProblems {
                Printer.error(words(.noteLine, ["message": words(.noDatabaseForImport, ["path": databasePath])]))
            }
            Printer.error(words(.nothingImported, ["file": scoresheet, "errors": words.count(max(errors, 1), .error)]))
            throw ExitCode(ExitStatus.findings)
        }
        return summary
    }
}
