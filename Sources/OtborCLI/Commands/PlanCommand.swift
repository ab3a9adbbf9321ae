import ArgumentParser
import Foundation
import OtborCore
import OtborServices

/// `otbor plan CANDIDATE`: the candidate's 90-day development plan (ИПР) from their gaps.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "The candidate's 90-day development plan (ИПР) from their gaps against the profile.",
        discussion: """
            Lists the competencies below their required level (context requirements included), the \
            largest weighted gap first, at most six, each with where it was observed, the action the \
            competency library gives, the required level's behaviour and a check on day 30, 60 or 90. \
            Day 0 is the day of the candidate's last hiring decision on the profile, or today when there \
            is none. Docs/Scoring.md explains the plan.
            """)

    @Argument(help: CandidateArgument.help())
    var candidate: String

    @Option(name: .long, help: ArgumentHelp("The profile, when the candidate applied for several.", valueName: "profile"))
    var profile: String?

    @OptionGroup var scoring: EngineOptions

    @OptionGroup var options: CampaignReadOptions

    func run() async throws {
        let campaign = try options.campaign()
        let person = try await campaign.store.candidate(candidate)
        let words = options.wording
        let document = try await campaign.plan(candidate: person, profile: profile, engine: scoring.engine,
                                               today: Date(), timeZone: options.output.languageOptions.timeZone ?? .current)
        switch options.format {
        case .json:
            try Printer.printJSON(document)
        case .text:
            guard let profile = campaign.library.profile(document.plan.profile) else { return }
            Printer.print(PlanText(document: document, profile: profile, library: campaign.library, words: words).render())
        }
    }
}
