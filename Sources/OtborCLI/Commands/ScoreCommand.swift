import ArgumentParser
import Foundation
import OtborCore
import OtborServices
import OtborStore

/// `otbor score --candidate C`: the scorecard of one candidate against a profile.
struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "The candidate's scorecard: hurdle, score with its 95 % interval, competencies, DISC.",
        discussion: """
            Only submitted sessions count; ratings of open sessions stay hidden. The two outputs are \
            kept apart: the hurdle (critical competencies at their level, knock-out rules) and the \
            compensatory score S on 1–5 (S100 on 0–100) with its standard error and 95 % interval. \
            Stages whose assessors disagree are marked until a consensus is recorded (`otbor consensus`). \
            DISC is context only: weight 0, never a knock-out. Docs/Scoring.md explains every figure.
            """)

    @Option(name: .long, help: CandidateArgument.help())
    var candidate: String

    @Option(name: .long, help: ArgumentHelp("The profile, when the candidate applied for several.", valueName: "profile"))
    var profile: String?

    @OptionGroup var scoring: EngineOptions

    @OptionGroup var options: CampaignReadOptions

    func run() async throws {
        let campaign = try options.campaign()
        let person = try await campaign.store.candidate(candidate)
        let score = try await campaign.score(candidate: person, profile: profile, engine: scoring.engine)
        let words = options.wording
        switch options.format {
        case .json:
            try Printer.printJSON(score)
        case .text:
            Printer.print(ScorecardText(evidence: score.evidence, card: score.card, disc: score.disc, library: campaign.library,
                                        words: words).render())
            score.contentChanges.forEach { Printer.error(words(.noteLine, ["message": $0])) }
        }
    }
}
