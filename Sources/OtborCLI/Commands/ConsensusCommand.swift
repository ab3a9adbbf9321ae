import ArgumentParser
import Foundation
import OtborCore
import OtborServices
import OtborStore

/// `otbor consensus --candidate C`: flagged disagreements, and recording the panel's agreed rating.
struct ConsensusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consensus",
        abstract: "List the stage scores where assessors disagree, or record a consensus rating with its rationale.",
        discussion: """
            A stage score is flagged when its assessors' ratings span 2 points or more, or agree poorly \
            (AD_M > 0.833). After discussing the evidence, the panel records one rating with a written \
            rationale: it replaces the mean of that stage score, and both stay visible in scorecards and \
            reports. Only submitted sessions are shown, so nobody sees a colleague's ratings before \
            submitting their own.

            Without --value: lists flagged stage scores. With --stage, --competency, --value and \
            --rationale: records the consensus.
            """)

    @Option(name: .long, help: CandidateArgument.help())
    var candidate: String

    @Option(name: .long, help: ArgumentHelp("The profile, when the candidate applied for several.", valueName: "profile"))
    var profile: String?

    @Option(name: .long, help: ArgumentHelp("Only this stage (guide id).", valueName: "guide"))
    var stage: String?

    @Option(name: .long, help: ArgumentHelp("The competency to record a consensus for.", valueName: "id"))
    var competency: String?

    @Option(name: .long, help: ArgumentHelp("The agreed rating, 1 to 5 (halves allowed).", valueName: "rating"))
    var value: Double?

    @Option(name: .long, help: ArgumentHelp("Why the panel agreed on this rating; required with --value.", valueName: "text"))
    var rationale: String?

    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: CampaignReadOptions

    func validate() throws {
        let words = options.wording
        guard let value else {
            if competency != nil || rationale != nil {
                throw ValidationError(words(.consensusTogether))
            }
            return
        }
        guard RatingScale.isHalfStep(value) else {
            throw ValidationError(words(.consensusValueRange, ["value": CompactNumber.format(value)]))
        }
        guard stage != nil, competency != nil else { throw ValidationError(words(.valueNeedsStage)) }
        guard let rationale, !rationale.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError(words(.consensusNeedsRationale))
        }
    }

    func run() async throws {
        let campaign = try options.campaign(reading: value == nil)
        let words = options.wording
        let panel = PanelConsensus(campaign: campaign)
        let person = try await campaign.store.candidate(candidate)
        if let value, let stage, let competency, let rationale {
            let recorded: (consensus: Consensus, mean: Double)
            do {
                recorded = try await panel.record(value, stage: stage, competency: competency, rationale: rationale, candidate: person,
                                                  profile: profile, actor: actor.actor)
            } catch let error as ConsensusError {
                throw ValidationError(ErrorWording(words).message(error))
            }
            Printer.print(words(.consensusRecorded, ["stage": stage, "competency": competency, "value": words.number(value),
                                                     "mean": words.number(recorded.mean)]))
            return
        }
        let review = try await panel.review(candidate: person, profile: profile, stage: stage)
        switch options.format {
        case .json:
            try Printer.printJSON(review.flagged.map {
                ConsensusItemJSON(stage: $0.stage, competency: $0.competency, ratings: $0.byAssessor, mean: $0.aggregate.mean,
                                  range: $0.aggregate.range, consensus: $0.consensus?.value, rationale: $0.consensus?.rationale)
            })
        case .text:
            if review.flagged.isEmpty {
                Printer.print(words(.noDisagreements, ["name": words.person(person.name), "id": person.id.description]))
            }
            for score in review.flagged {
                let ratings = score.byAssessor.sorted { $0.key < $1.key }.map { "\($0.key) \(words.number($0.value))" }
                let name = campaign.library.competency(score.competency).map { words.content($0.name) } ?? score.competency
                var line = words(.disagreementLine, ["stage": score.stage, "name": name, "id": score.competency,
                                                     "ratings": ratings.joined(separator: "; "), "range": words.number(score.aggregate.range)])
                if let consensus = score.consensus {
                    line += "\n  " + words(.consensusValue, ["value": words.number(consensus.value), "rationale": consensus.rationale])
                }
                Printer.print(line)
            }
        }
        for session in review.waiting {
            Printer.error(words(.noteLine, ["message": words(.notSubmittedYet, [
                "assessor": words.person(session.assessor), "guide": session.guide, "id": session.id.description])]))
        }
    }
}
