import ArgumentParser
import OtborCore
import OtborStore

/// `otbor campaign [--blind-ranking on|off]`: the campaign's options, shown or set.
struct CampaignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign",
        abstract: "Show or set the campaign's options (blind ranking).",
        discussion: """
            Without an option, prints the options. --blind-ranking on shows candidates to assessors in \
            the console under codes (К-01, К-02 …, from the candidate's id) instead of their names; HR \
            and administrators, who decide, and the reports keep the names. The option is kept in the \
            database, so every server and command of the campaign follows it; each change is audited.
            """)

    /// `on` or `off`.
    enum Switch: String, ExpressibleByArgument, CaseIterable {
        case on, off
    }

    @Option(name: .customLong("blind-ranking"), help: ArgumentHelp("Turn blind ranking on or off.", valueName: "on|off"))
    var blindRanking: Switch?

    @OptionGroup var options: AccountOptions

    func run() async throws {
        let words = options.words
        let store = try options.open()
        if let blindRanking {
            try await store.setCampaignOptions(CampaignOptions(blindRanking: blindRanking == .on), actor: options.actor)
        }
        let current = try await store.campaignOptions()
        Printer.print(words(current.blindRanking ? .blindRankingOn : .blindRankingOff,
                            ["first": BlindCode.of(CandidateID(1)), "second": BlindCode.of(CandidateID(2))]))
    }
}
