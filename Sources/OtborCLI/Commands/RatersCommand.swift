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

    @OptionGroup var output: OutputOptions
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var database: StoreOptions

    func run() async throws {
        let campaign = try database.campaign(workspace: workspace)
        let profileID = try await campaign.profileID(explicit: profile)
        let report = RaterObservations.report(try await campaign.store.evidence(profile: profileID))
        switch output.format {
        case .json: try Printer.printJSON(RatersJSON(profile: profileID, report: report))
        case .text: Printer.print(RatersText(profile: profileID, report: report).render())
        }
    }
}

/// The rater report as scripts read it; undefined statistics are `null`.
struct RatersJSON: Encodable {
    struct Stage: Encodable {
        var stage: String
        var assessors: [String]
        var pairableUnits: Int
        var alpha: [String: Double?]
        var alphaBand: String?
        var icc: [String: AgreementJSON.Estimate]?
        var leniency: [Leniency]
    }

    struct Leniency: Encodable {
        var assessor: String
        var count: Int
        var shift: Double?
        var t: Double?
        var p: Double?
        var flag: String?
    }

    struct Drift: Encodable {
        var assessor: String
        var sessions: Int
        var slope: Double?
        var p: Double?
        var cusumAlarmSession: Int?
    }

    var profile: String
    var stages: [Stage]
    var drift: [Drift]

    init(profile: String, report: RaterReport) {
        func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }
        self.profile = profile
        stages = report.stages.map { stage in
            Stage(stage: stage.stage, assessors: stage.assessors, pairableUnits: stage.pairableUnits,
                  alpha: ["interval": finite(stage.alphaInterval), "ordinal": finite(stage.alphaOrdinal)],
                  alphaBand: AgreementBand.krippendorff(stage.alphaInterval)?.rawValue,
                  icc: stage.icc.map { icc in
                      Dictionary(uniqueKeysWithValues: IntraclassCorrelation.Form.allCases.map { form in
                          let estimate = icc.estimate(form)
                          return (form.rawValue, AgreementJSON.Estimate(value: finite(estimate.value),
                                                                        ci95: [finite(estimate.lower), finite(estimate.upper)]))
                      })
                  },
                  leniency: stage.leniency.raters.map { rater in
                      Leniency(assessor: stage.assessors[rater.index], count: rater.count, shift: finite(rater.leniency),
                               t: finite(rater.t), p: finite(rater.p), flag: rater.flag?.rawValue)
                  })
        }
        drift = report.drifts.map {
            Drift(assessor: $0.assessor, sessions: $0.sessions, slope: finite($0.drift.trend.slope),
                  p: finite($0.drift.trend.p), cusumAlarmSession: $0.drift.cusum.alarmSession)
        }
    }
}
