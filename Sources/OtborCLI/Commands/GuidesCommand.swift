import ArgumentParser
import OtborCore

/// `otbor guides list | show ID`.
struct GuidesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guides",
        abstract: "List interview guides or show one with its items.",
        subcommands: [List.self, Show.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the interview guides of the workspace.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let library = try workspace.library(words: output.wording)
            switch output.format {
            case .json:
                try Printer.printJSON(library.guides.map { GuideSummaryJSON(guide: $0) })
            case .text:
                let words = output.wording
                var table = TextTable(words, [.code, .kind, .minutes, .items, .title])
                for guide in library.guides {
                    table.add([guide.id, words.report.stageKind(guide.kind), String(guide.duration), String(guide.items.count),
                               words.content(guide.title)])
                }
                Printer.print(table.render())
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one interview guide with every item.")

        @Argument(help: "The guide id, such as phone-screen.")
        var id: String

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let library = try workspace.library(words: output.wording)
            let guide = try Lookup.guide(id, in: library, words: output.wording)
            switch output.format {
            case .json: try Printer.printJSON(GuideJSON(guide: guide))
            case .text: Printer.print(GuideText(guide: guide, library: library, words: output.wording).render())
            }
        }
    }
}
