import Foundation
import OtborCore

/// The rater report as text.
struct RatersText {
    var profile: String
    var report: RaterReport

    func render() -> String {
        guard !report.stages.isEmpty else { return "No submitted sessions for \(profile) yet." }
        var lines = ["Rater agreement for \(profile)"]
        for stage in report.stages {
            lines.append("")
            let band = AgreementBand.krippendorff(stage.alphaInterval).map { " (\($0.rawValue))" } ?? ""
            lines.append("\(stage.stage): \(stage.assessors.count) assessor(s), \(stage.pairableUnits) unit(s) rated by two or more")
            lines.append("  α interval \(Self.format(stage.alphaInterval))\(band), α ordinal \(Self.format(stage.alphaOrdinal))")
            if let icc = stage.icc {
                let forms: [IntraclassCorrelation.Form] = [.icc1, .icc2, .icc3, .icc1k, .icc2k, .icc3k]
                lines.append("  " + forms.map { form in
                    let estimate = icc.estimate(form)
                    return "\(form.rawValue) \(Self.format(estimate.value)) [\(Self.format(estimate.lower)), \(Self.format(estimate.upper))]"
                }.joined(separator: "  "))
            } else {
                lines.append("  ICC: not computed (not every assessor rated every candidate of this stage)")
            }
            var table = TextTable(["Assessor", "n", "Shift", "t", "p", "Flag"])
            for rater in stage.leniency.raters {
                table.add([stage.assessors[rater.index], String(rater.count), Self.format(rater.leniency),
                           Self.format(rater.t), Self.format(rater.p), rater.flag?.rawValue ?? ""])
            }
            lines.append(table.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        }
        if !report.drifts.isEmpty {
            lines.append("")
            lines.append("Drift over sessions (shift from co-raters per session):")
            var table = TextTable(["Assessor", "Sessions", "Slope", "p", "CUSUM alarm"])
            for drift in report.drifts {
                table.add([drift.assessor, String(drift.sessions), Self.format(drift.drift.trend.slope),
                           Self.format(drift.drift.trend.p), drift.drift.cusum.alarmSession.map { "session \($0)" } ?? "none"])
            }
            lines.append(table.render())
        }
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double) -> String {
        value.isFinite ? String(format: "%.3f", value) : "—"
    }
}
