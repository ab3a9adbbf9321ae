import ArgumentParser
import Foundation
import OtborCore
import OtborStore

/// `otbor disc take | import`: a candidate's DISC style (information only, weight 0).
struct DISCCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disc",
        abstract: "Take the DISC inventory with a candidate, or import a result from another tool.",
        discussion: """
            DISC describes preferred behavioural style only: it has weight 0 in scores, is never a \
            knock-out, and its ipsative scores must not be used to rank candidates. One result is kept \
            per candidate; --replace overwrites it.
            """,
        subcommands: [Take.self, Import.self])

    struct Take: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the workspace's DISC inventory (Interviews/disc.yaml) with a candidate.",
            discussion: """
                For each group of four statements the candidate picks the one most like them, then the one \
                least like them: press the option's number (from a pipe, one number a line). b goes back, \
                q stops without saving. When every group is answered the answers and the scored result \
                (graphs I–III, style code) are saved together and printed with the caveat.
                """)

        @Option(name: .long, help: CandidateArgument.help())
        var candidate: String

        @Flag(name: .long, help: "Replace a DISC result the candidate already has.")
        var replace = false

        @OptionGroup var language: LanguageOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let words = language.wording
            let library = try workspace.library(words: words)
            guard let inventory = library.disc else {
                Printer.error(words(.errorLine, ["message": words(.noDISCInventory)]))
                throw ExitCode(ExitStatus.findings)
            }
            let store = try storeOptions.open(workspace: workspace)
            let person = try await store.candidate(candidate)
            try await DISCCommand.refuseExisting(store: store, candidate: person, replace: replace, words: words)
            Printer.print(words(.discFor, ["name": words.person(person.name), "id": person.id.description]))
            let console = TerminalConsole()
            guard let answers = DISCRunner(inventory: inventory, words: words).run(console) else {
                throw ExitCode(ExitStatus.ok)
            }
            let result = try DISCResult(scoring: answers, inventory: inventory)
            try await store.saveDISC(candidate: person.id, answers: answers, result: result, source: .inventory, actor: actor.actor)
            Printer.print(words(.discSaved, ["name": words.person(person.name)]))
            DISCRunner.report(most: result.most, least: result.least, composite: result.composite,
                              groupCount: result.groupCount, words: words).forEach { Printer.print($0) }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record Graph III (composite) DISC values measured by another tool.",
            discussion: """
                Give the four composite values (most minus least per factor) and the number of groups of \
                that inventory. They must add up to 0 and each lie within ±groups, such as \
                --d 6 --i -2 --s 3 --c -7 --groups 24. The result is stored with source 'import' and no \
                most/least counts.
                """)

        @Option(name: .long, help: CandidateArgument.help())
        var candidate: String

        @Option(name: .customLong("d"), parsing: .unconditional, help: ArgumentHelp("Composite D (Dominance).", valueName: "n"))
        var d: Int
        @Option(name: .customLong("i"), parsing: .unconditional, help: ArgumentHelp("Composite I (Influence).", valueName: "n"))
        var i: Int
        @Option(name: .customLong("s"), parsing: .unconditional, help: ArgumentHelp("Composite S (Steadiness).", valueName: "n"))
        var s: Int
        @Option(name: .customLong("c"), parsing: .unconditional, help: ArgumentHelp("Composite C (Conscientiousness).", valueName: "n"))
        var c: Int

        @Option(name: .long, help: ArgumentHelp("Number of groups of the inventory the values come from.", valueName: "n"))
        var groups = 24

        @Flag(name: .long, help: "Replace a DISC result the candidate already has.")
        var replace = false

        @OptionGroup var language: LanguageOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var storeOptions: StoreOptions

        var composite: DISCFactorValues<Int> { DISCFactorValues(d: d, i: i, s: s, c: c) }

        func validate() throws {
            let problems = StoredDISCResult.problems(composite: composite, groupCount: groups)
            guard problems.isEmpty else {
                let words = language.wording
                throw ValidationError(words(.discAccepted, ["problems": problems.map { ErrorWording(words).message($0) }.joined(separator: "; "),
                                                            "limit": String(max(groups, 1))]))
            }
        }

        func run() async throws {
            let store = try storeOptions.open(workspace: workspace)
            let person = try await store.candidate(candidate)
            let words = language.wording
            try await DISCCommand.refuseExisting(store: store, candidate: person, replace: replace, words: words)
            try await store.saveDISC(candidate: person.id, composite: composite, groupCount: groups, source: .import, actor: actor.actor)
            Printer.print(words(.discImported, ["name": words.person(person.name), "id": person.id.description]))
            DISCRunner.report(most: nil, least: nil, composite: composite, groupCount: groups, words: words).forEach { Printer.print($0) }
        }
    }

    /// Exit 1 when the candidate has a result and `--replace` was not given.
    static func refuseExisting(store: any CampaignStore, candidate: Candidate, replace: Bool, words: ConsoleWording) async throws {
        guard !replace, let existing = try await store.discResult(candidate: candidate.id) else { return }
        let source = words(existing.source == .inventory ? .discSourceInventory : .discSourceImport)
        Printer.error(words(.errorLine, ["message": words(.discExists, [
            "name": words.person(candidate.name), "source": source, "date": words.day(existing.takenAt)])]))
        throw ExitCode(ExitStatus.findings)
    }
}
