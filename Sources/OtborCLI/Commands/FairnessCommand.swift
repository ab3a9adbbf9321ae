import ArgumentParser
import Foundation
import OtborCore
import OtborStore

/// `otbor fairness --stage S`: the adverse-impact check of one stage.
struct FairnessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fairness",
        abstract: "Adverse-impact check of one stage: selection rates by voluntarily stated group.",
        discussion: """
            A candidate assessed at the stage counts as selected when they were assessed at a later \
            stage of the profile's process or their latest decision is advance or hire. Only candidates \
            who stated a group (`candidates add --group`) are counted. For each group against the group \
            with the highest rate: impact ratio (flagged below 4/5), Z tests and Fisher's exact test. \
            Small groups (under 20 applicants or under 5 expected selections) give "inconclusive". \
            This is a monitor on aggregated data, never an input to anyone's score. Exit 1 when the \
            evidence shows adverse impact.
            """)

    @Option(name: .long, help: ArgumentHelp("The stage: a guide id of the profile's process.", valueName: "guide"))
    var stage: String

    @Option(name: .long, help: ArgumentHelp("The profile; optional when the database has one.", valueName: "profile"))
    var profile: String?

    @OptionGroup var options: CampaignReadOptions

    func run() async throws {
        let campaign = try options.campaign()
        let profileID = try await campaign.profileID(explicit: profile)
        let evidence = try await campaign.store.evidence(profile: profileID)
        let process = (campaign.library.profile(profileID) ?? evidence.first?.profile)?.process.map(\.guide) ?? []
        guard process.contains(stage) else {
            throw ValidationError(options.wording(.notAStageOf, ["stage": stage, "profile": profileID, "stages": process.joined(separator: ", ")]))
        }
        var candidates: [StageSelection.Candidate] = []
        for item in evidence {
            let latest = try await campaign.store.decisions(candidate: item.candidate.id).last { $0.profile == profileID }
            candidates.append(StageSelection.Candidate(group: item.candidate.fairnessGroup, stages: Set(item.sessions.map(\.guide)),
                                                       latestDecision: latest?.decision))
        }
        let selection = StageSelection(stage: stage, process: process, candidates: candidates)
        let analysis = try? AdverseImpact(groups: selection.groups)
        switch options.format {
        case .json: try Printer.printJSON(FairnessJSON(profile: profileID, selection: selection, analysis: analysis))
        case .text: Printer.print(text(profileID: profileID, selection: selection, analysis: analysis))
        }
        if analysis?.state == .adverseImpact { throw ExitCode(ExitStatus.findings) }
    }

    private func text(profileID: String, selection: StageSelection, analysis: AdverseImpact?) -> String {
        let words = options.wording
        var lines = [words(.adverseImpactTitle, ["profile": profileID, "stage": stage])]
        var table = TextTable(words, [.group, .selected, .assessed, .rate, .impactRatio, .flag])
        for group in selection.groups {
            let result = analysis?.groups.first { $0.group.name == group.name }
            table.add([group.name, String(group.selected), String(group.applicants), words.number(group.selectionRate, 2),
                       result?.impactRatio.map { words.number($0, 2) } ?? "—", result?.isFlagged == true ? "< 4/5" : ""])
        }
        lines.append(table.render())
        if selection.withoutGroup > 0 {
            lines.append(words(.withoutGroup, ["candidates": words.count(selection.withoutGroup, .candidate)]))
        }
        guard let analysis else {
            lines.append(words(.notEnoughGroups))
            return lines.joined(separator: "\n")
        }
        for comparison in analysis.comparisons {
            lines.append(words(.groupComparison, [
                "focal": comparison.focal, "reference": comparison.reference, "p": words.number(comparison.fisherP, 3),
                "small": comparison.isTooSmall ? words(.tooSmall) : "", "state": words.adverseState(comparison.state)]))
        }
        lines.append(words(.fairnessResult, ["state": words.adverseState(analysis.state)]))
        return lines.joined(separator: "\n")
    }
}
