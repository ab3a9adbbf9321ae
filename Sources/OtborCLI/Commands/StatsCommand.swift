import ArgumentParser
import Foundation
import OtborCore
import OtborLoading

/// `otbor stats agreement FILE.csv`: statistics on a ratings table outside the workspace.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Statistics on ratings tables: inter-rater agreement.",
        subcommands: [Agreement.self])

    struct Agreement: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "ICC (six Shrout–Fleiss forms, 95 % CI), Krippendorff's α and κ of a ratings table.",
            discussion: """
                FILE.csv has a header row of assessor names (its first cell heads the label column), then one \
                row per candidate: a label and one rating per assessor. An empty cell is a missing rating. \
                Cells are separated by ',' or ';' and may be quoted. ICC needs a complete table and is left \
                out when a rating is missing; α (nominal, ordinal, interval, ratio) uses every candidate \
                with at least two ratings. With ICC come the raters needed for ICC(2,k) ≥ 0.75 and ≥ 0.90. \
                κ reads whole-number ratings of a complete table as categories: Cohen's κ (unweighted, \
                linear, quadratic) for exactly two assessors, Fleiss' κ for three or more, each with its \
                Landis & Koch band. A file that cannot be read is reported as FILE:LINE: error: … \
                and exits 1.
                """)

        @Argument(help: ArgumentHelp("The ratings table.", valueName: "file.csv"))
        var file: String

        @OptionGroup var output: OutputOptions

        func run() throws {
            let table = try readTable()
            var report = AgreementReport(table: table)
            report.words = output.wording
            switch output.format {
            case .json: try Printer.printJSON(AgreementJSON(report: report))
            case .text: Printer.print(report.text(file: file))
            }
        }

        /// The parsed table, or the problem on standard error and exit 1.
        private func readTable() throws -> RatingsTable {
            let words = output.wording
            func fail(_ line: Int, _ message: String) -> ExitCode {
                Printer.error("\(file):\(line): error: \(message)")
                return ExitCode(ExitStatus.findings)
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
                throw fail(1, words(.noSuchFile))
            }
            guard !isFolder.boolValue else { throw fail(1, words(.fileIsAFolder)) }
            do {
                return try RatingsCSV.table(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw fail(error.line, ErrorWording(words).message(error.problem))
            }
        }
    }
}
