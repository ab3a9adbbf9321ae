import ArgumentParser
import OtborCore

/// `otbor matrix PROFILE`: which stages measure each required competency.
struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Show the competency × stage coverage of a profile's process.",
        discussion: "Rows measured by fewer than two stages are flagged with '!': assessment-centre practice "
            + "measures every competency in at least two stages.")

    @Argument(help: "The profile id, such as senior-support-manager.")
    var profile: String

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let library = try workspace.library(words: output.wording)
        let profile = try Lookup.profile(profile, in: library, words: output.wording)
        let matrix = library.coverage(of: profile)
        switch output.format {
        case .json:
            try Printer.printJSON(MatrixJSON(matrix: matrix, profile: profile, hours: library.hours(of: profile)))
        case .text:
            let words = output.wording
            var table = TextTable(["", words(.competency), words(.use)] + matrix.stages.indices.map { "S\($0 + 1)" } + ["N"])
            for row in matrix.rows {
                let marks = matrix.stages.map { row.stages.contains($0) ? "●" : "·" }
                table.add([row.isUndercovered ? "!" : " ", row.requirement.competency, words.use(row.requirement)] + marks + [String(row.stages.count)])
            }
            Printer.print(table.render())
            Printer.print("")
            for (index, stage) in matrix.stages.enumerated() {
                let title = library.guide(stage).map { words.content($0.title) } ?? ""
                Printer.print("S\(index + 1) \(stage) — \(title)")
            }
            let flagged = matrix.undercovered.count, minimum = String(CoverageMatrix.minimumStages)
            Printer.print("")
            words.processHours(library.hours(of: profile)).forEach(Printer.print)
            Printer.print("\n" + (flagged == 0 ? words(.allCovered, ["count": minimum])
                : words(.undercovered, ["competencies": words.count(flagged, .competency), "count": minimum])))
        }
    }
}
