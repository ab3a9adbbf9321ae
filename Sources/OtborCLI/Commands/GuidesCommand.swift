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
            let library = try workspace.library()
            switch output.format {
            case .json:
                try Printer.printJSON(library.guides.map { GuideSummaryJSON(guide: $0) })
            case .text:
                var table = TextTable(["ID", "KIND", "MIN", "ITEMS", "TITLE"])
                for guide in library.guides {
                    table.add([guide.id, guide.kind.rawValue, String(guide.duration), String(guide.items.count),
                               guide.title.text(in: output.lang)])
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
            let library = try workspace.library()
            let guide = try Lookup.guide(id, in: library)
            switch output.format {
            case .json: try Printer.printJSON(GuideJSON(guide: guide))
            case .text: Printer.print(GuideText(guide: guide, library: library, language: output.lang).render())
            }
        }
    }
}
