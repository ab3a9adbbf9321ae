import ArgumentParser
import Foundation
import OtborCore
import OtborServices
import OtborStore

/// `otbor raters`: how well the assessors agree, and who rates high, low or drifts.
struct RatersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raters",
        abstract: "Inter-rater reliability per stage, leniency or severity and drift per assessor.",
        discussion: """
            Built from submitted sessions: each assessor's rating of each required competency of each \
            candidate in a stage is one observation. Per stage: Krippendorff's α (interval and ordinal; \
            ≥ 0.800 reliable, 0.667–0.800 tentative), ICC in six forms with 95 % intervals when every \
            assessor of the stage rated every candidate, and each assessor's mean shift from the other \
            assessors with a t test (flagged from 0.5 points at p < 0.05). Per assessor: the trend of \
            that shift over their sessions and a CUSUM alarm.
            """)

    @Option(name: .long, help: ArgumentHelp("The profile; optional when the database has one.", valueName: "profile"))
    var profile: String?

    @OptionGroup var options: CampaignReadOptions

    func run() async throws {
        let campaign = try options.campaign()
        let profileID = try await campaign.profileID(explicit: profile)
        let report = RaterObservations.report(try await campaign.store.evidence(profile: profileID))
        switch options.format {
        case .json: try Printer.printJSON(RatersJSON(profile: profileID, report: report))
        case .text: Printer.print(RatersText(profile: profileID, report: report, words: options.wording).render())
        }
    }
}
