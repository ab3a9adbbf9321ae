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
            throw ValidationError("'\(stage)' is not a stage of \(profileID); its stages: \(process.joined(separator: ", "))")
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
        var lines = ["Adverse-impact check: \(profileID), stage \(stage)"]
        var table = TextTable(["Group", "Selected", "Assessed", "Rate", "Impact ratio", "Flag"])
        for group in selection.groups {
            let result = analysis?.groups.first { $0.group.name == group.name }
            table.add([group.name, String(group.selected), String(group.applicants), String(format: "%.2f", group.selectionRate),
                       result?.impactRatio.map { String(format: "%.2f", $0) } ?? "—", result?.isFlagged == true ? "< 4/5" : ""])
        }
        lines.append(table.render())
        if selection.withoutGroup > 0 { lines.append("\(selection.withoutGroup) candidate(s) stated no group and are not counted.") }
        guard let analysis else {
            lines.append("Not enough data: the check needs at least two groups with candidates assessed at this stage.")
            return lines.joined(separator: "\n")
        }
        for comparison in analysis.comparisons {
            lines.append("\(comparison.focal) vs \(comparison.reference): Fisher p \(String(format: "%.3f", comparison.fisherP))"
                         + (comparison.isTooSmall ? ", too small to conclude" : "") + " → \(comparison.state.rawValue)")
        }
        lines.append("Result: \(analysis.state.rawValue)")
        return lines.joined(separator: "\n")
    }
}
