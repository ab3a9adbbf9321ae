import ArgumentParser
import Foundation
import OtborCore
import OtborServices
import OtborReport
import OtborStore

/// `otbor report candidate C | compare [P] | raters [P] | all`: HTML reports of the campaign.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render HTML reports: a candidate, the comparison of a profile, the raters, or all of them.",
        discussion: """
            Each report is one self-contained HTML file (inline CSS and SVG, no scripts, no network), \
            printable on A4, in Russian by default or English with --lang en. Files go to --out \
            (default Reports/out in the workspace) with mode 0600, since they hold personal data; \
            the command prints every path it wrote. Only submitted sessions are reported. With --pdf \
            each page is also printed to a PDF beside it by a headless Chromium.
            """,
        subcommands: [Candidate.self, Compare.self, Raters.self, All.self])

    /// Options every report subcommand takes.
    struct Options: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp("The folder to write to (default: Reports/out in the workspace).", valueName: "dir"))
        var out: String?

        @OptionGroup var language: LanguageOptions

        @Flag(name: .long, help: "Open the main written report in the default browser.")
        var open = false

        @OptionGroup var printing: PDFOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var database: StoreOptions

        var words: ConsoleWording { language.wording }

        /// The campaign and the run writing into the folder; with `--pdf`, fails before anything
        /// is written when no browser is installed.
        func prepare() throws -> (campaign: Campaign, run: ReportRun) {
            _ = try printing.printer(words: words)
            let campaign = try database.campaign(workspace: workspace, words: words, reading: true)
            let folder = try ReportFolder(path: out ?? ReportFolder.defaultPath(workspace: workspace), words: words)
            let assembler = ReportAssembler(store: campaign.store, library: campaign.library, now: Date(),
                                            timeZone: words.dates.timeZone)
            return (campaign, ReportRun(assembler: assembler, folder: folder, words: words))
        }

        /// Prints the paths written, prints the pages to PDF when asked (with their paths), and
        /// opens `main` when asked.
        func finish(_ run: ReportRun, main: String?) throws {
            run.written.forEach { Printer.print($0) }
            try printing.printer(words: words)?.printAll(run.written, into: run.folder, words: words) { Printer.print($0) }
            guard open, let main else { return }
            ReportOpener.open(main, words: words)
        }

        /// The profile (`explicit`, or the database's only one) as recorded, with its candidates' evidence.
        func profile(_ explicit: String?, campaign: Campaign) async throws -> (profile: JobProfile, evidence: [CandidateEvidence]) {
            let id = try await campaign.profileID(explicit: explicit)
            guard let reported = try await campaign.reported(profile: id) else {
                throw ValidationError(words(.profileNowhere, ["id": id]))
            }
            return reported
        }
    }

    struct Candidate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The report of one candidate against a profile.")

        @Argument(help: CandidateArgument.help())
        var candidate: String

        @Option(name: .long, help: ArgumentHelp("The profile, when the candidate applied for several.", valueName: "profile"))
        var profile: String?

        @OptionGroup var options: Options

        func run() async throws {
            var (campaign, run) = try options.prepare()
            let person = try await campaign.store.candidate(candidate)
            let profileID = try await campaign.profileID(candidate: person, explicit: profile)
            try await run.candidates(try await campaign.store.evidence(profile: profileID, candidate: person.id))
            try options.finish(run, main: run.written.last)
        }
    }

    struct Compare: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The candidates of a profile side by side, ranked.")

        @Argument(help: ArgumentHelp("The profile; optional when the database has one.", valueName: "profile"))
        var profile: String?

        @OptionGroup var options: Options

        func run() async throws {
            var (campaign, run) = try options.prepare()
            let (jobProfile, evidence) = try await options.profile(profile, campaign: campaign)
            try await run.comparison(profile: jobProfile, evidence: evidence)
            try options.finish(run, main: run.written.last)
        }
    }

    struct Raters: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Agreement, leniency and drift of the assessors of a profile.")

        @Argument(help: ArgumentHelp("The profile; optional when the database has one.", valueName: "profile"))
        var profile: String?

        @OptionGroup var options: Options

        func run() async throws {
            var (campaign, run) = try options.prepare()
            let (jobProfile, evidence) = try await options.profile(profile, campaign: campaign)
            try run.raters(profile: jobProfile, evidence: evidence)
            try options.finish(run, main: run.written.last)
        }
    }

    struct All: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every report of the campaign and an index page linking them.",
            discussion: """
                For each profile in the database (or only --profile): every candidate, the comparison and the raters report; \
                then index.html. Reports of candidates no longer in the database (erased) are removed from the folder.
                """)

        @Option(name: .long, help: ArgumentHelp("Only this profile.", valueName: "profile"))
        var profile: String?

        @OptionGroup var options: Options

        func run() async throws {
            var (campaign, run) = try options.prepare()
            let profiles: [String]
            if let profile {
                profiles = [try await campaign.profileID(explicit: profile)]
            } else {
                profiles = try await campaign.appliedProfiles()
            }
            guard !profiles.isEmpty else {
                throw ValidationError(options.words(.nothingToReport))
            }
            for id in profiles {
                let (jobProfile, evidence) = try await options.profile(id, campaign: campaign)
                try await run.candidates(evidence)
                try await run.comparison(profile: jobProfile, evidence: evidence)
                try run.raters(profile: jobProfile, evidence: evidence)
            }
            let people = try await campaign.store.candidates().map(\.id.description)
            for path in run.folder.removeCandidateReports(keeping: people) {
                Printer.error(options.words(.obsoleteReportRemoved, ["path": path]))
            }
            try await run.index(title: "Otbor")
            try options.finish(run, main: run.written.last)
        }
    }
}
