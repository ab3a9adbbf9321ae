import Foundation
import OtborCore

/// The rater report as text.
struct RatersText {
    var profile: String
    var report: RaterReport
    var words: ConsoleWording

    func render() -> String {
        guard !report.stages.isEmpty else { return words(.noSubmittedSessions, ["profile": profile]) }
        var lines = [words(.raterAgreementTitle, ["profile": profile])]
        for stage in report.stages {
            lines.append("")
            let band = AgreementBand.krippendorff(stage.alphaInterval).map { " (\(words.krippendorff($0)))" } ?? ""
            lines.append(words(.stageRaters, ["stage": stage.stage, "assessors": words.count(stage.assessors.count, .assessor),
                                              "units": words.count(stage.pairableUnits, .unit)]))
            lines.append("  " + words(.alphaLine, ["interval": format(stage.alphaInterval), "band": band,
                                                   "ordinal": format(stage.alphaOrdinal)]))
            if let icc = stage.icc {
                let forms: [IntraclassCorrelation.Form] = [.icc1, .icc2, .icc3, .icc1k, .icc2k, .icc3k]
                lines.append("  " + forms.map { form in
                    let estimate = icc.estimate(form)
                    return "\(form.rawValue) \(format(estimate.value)) \(words.numbers.interval(estimate.lower, estimate.upper, 3))"
                }.joined(separator: "  "))
            } else {
                lines.append("  " + words(.iccIncomplete))
            }
            var table = TextTable(words, [.assessor, .count, .shift, .tStatistic, .pValue, .flag])
            for rater in stage.leniency.raters {
                table.add([words.person(stage.assessors[rater.index]), String(rater.count), format(rater.leniency),
                           format(rater.t), format(rater.p), rater.flag.map(words.report.leniency) ?? ""])
            }
            lines.append(table.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        }
        if !report.drifts.isEmpty {
            lines.append("")
            lines.append(words(.driftTitle))
            var table = TextTable(words, [.assessor, .sessions, .slope, .pValue, .cusumAlarm])
            for drift in report.drifts {
                table.add([words.person(drift.assessor), String(drift.sessions), format(drift.drift.trend.slope), format(drift.drift.trend.p),
                           drift.drift.cusum.alarmSession.map { words(.alarmAtSession, ["session": String($0)]) } ?? words(.noAlarm)])
            }
            lines.append(table.render())
        }
        return lines.joined(separator: "\n")
    }

    /// Three decimals, or "—" when undefined.
    private func format(_ value: Double) -> String {
        words.number(value, 3)
    }
}
