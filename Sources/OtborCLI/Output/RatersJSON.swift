import OtborCore
import OtborServices

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
