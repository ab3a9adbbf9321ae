import ArgumentParser
import OtborCore

/// `otbor profiles list | show ID`.
struct ProfilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles",
        abstract: "List job profiles or show one: KPIs, functions, requirements, DISC target, process.",
        subcommands: [List.self, Show.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the job profiles of the workspace.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let library = try workspace.library(words: output.wording)
            switch output.format {
            case .json:
                try Printer.printJSON(library.profiles.map { ProfileSummaryJSON(profile: $0) })
            case .text:
                let words = output.wording
                var table = TextTable(words, [.code, .title, .level, .competencies, .stages])
                for profile in library.profiles {
                    table.add([profile.id, words.content(profile.title), words.profileLevel(profile.level),
                               String(profile.requirements.count), String(profile.process.count)])
                }
                Printer.print(table.render())
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one job profile in full.")

        @Argument(help: "The profile id, such as senior-support-manager.")
        var id: String

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let library = try workspace.library(words: output.wording)
            let profile = try Lookup.profile(id, in: library, words: output.wording)
            switch output.format {
            case .json: try Printer.printJSON(ProfileJSON(profile: profile, library: library))
            case .text: Printer.print(ProfileText(profile: profile, library: library, words: output.wording).render())
            }
        }
    }
}
