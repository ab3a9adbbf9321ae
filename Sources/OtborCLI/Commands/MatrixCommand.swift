import ArgumentParser
import OtborCore

/// `otbor matrix PROFILE`: which stages measure each required competency.
struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Show the competency × stage coverage of a profile's process.",
        discussion: "Rows measured by fewer than two stages are flagged with '!': assessment-centre practice "
            + "measures every competency in at least two stages. Each guide counts, also within one visit (S2a, S2b); "
            + "optional stages do not.")

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
            let labels = StageLabels.labels(profile.process)
            var table = TextTable(["", words(.competency), words(.use)] + labels.map { "S\($0)" } + ["N"])
            for row in matrix.rows {
                let marks = matrix.stages.map { row.stages.contains($0) ? "●" : "·" }
                table.add([row.isUndercovered ? "!" : " ", row.requirement.competency, words.use(row.requirement)] + marks
                    + [String(row.countedStages.count)])
            }
            Printer.print(table.render())
            Printer.print("")
            for (index, stage) in profile.process.enumerated() {
                let title = library.guide(stage.guide).map { words.content($0.title) } ?? ""
                Printer.print("S\(labels[index]) \(stage.guide) — \(title)" + (stage.isOptional ? " (\(words(.optionalStage)))" : ""))
            }
            let flagged = matrix.undercovered.count, minimum = String(CoverageMatrix.minimumStages)
            Printer.print("")
            words.processHours(library.hours(of: profile)).forEach(Printer.print)
            let after = words.afterDecision(profile, library: library)
            if !after.isEmpty { Printer.print(([""] + after).joined(separator: "\n")) }
            Printer.print("\n" + (flagged == 0 ? words(.allCovered, ["count": minimum])
                : words(.undercovered, ["competencies": words.count(flagged, .competency), "count": minimum])))
        }
    }
}
