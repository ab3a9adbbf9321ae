import OtborCore
import OtborHTML

/// One stage of the raters report: α, ICC with intervals and bands, leniency per assessor; a
/// note instead when no candidate of the stage has two ratings to compare.
struct RaterStageSection: HTMLComponent {
    let stage: RaterReport.Stage
    let title: String
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        let s = strings, n = strings.numbers
        w.section("stage-" + stage.stage, heading: s[.stage] + ": " + title, classes: "stage", data: stage.stage) { w in
            w.element("p") { w in
                w.text(s[.assessors] + ": ")
                for (index, name) in stage.assessors.enumerated() {
                    if index > 0 { w.text(", ") }
                    w.person(name)
                }
                w.text(" · " + s[.pairableUnits] + ": " + String(stage.pairableUnits))
            }
            guard stage.pairableUnits > 0 else {
                w.element("p", ["class": "muted no-pairs"], text: s[.noPairs])
                return
            }
            w.element("h3", text: s[.alphaTitle])
            w.element("table", ["class": "alpha"]) { w in
                w.headerRow([s[.metric], "α", s[.band]], numeric: [1])
                w.element("tbody") { w in
                    for (metric, name, value) in [("interval", s[.metricInterval], stage.alphaInterval),
                                                  ("ordinal", s[.metricOrdinal], stage.alphaOrdinal)] {
                        let band = AgreementBand.krippendorff(value)
                        w.element("tr", ["data-metric": metric, "data-band": band?.rawValue ?? "none"]) { w in
                            w.element("td", text: name)
                            w.numberCell(n.fixed(value, 3))
                            w.element("td", text: band.map(s.krippendorff) ?? "—")
                        }
                    }
                }
            }
            w.element("h3", text: s[.iccTitle])
            if let icc = stage.icc {
                writeICC(icc, to: &w)
            } else {
                w.muted(s[.iccIncomplete])
            }
            writeLeniency(to: &w)
        }
    }

    private func writeICC(_ icc: IntraclassCorrelation, to w: inout HTMLWriter) {
        let s = strings, n = strings.numbers
        let estimates = icc.estimates()
        w.element("table", ["class": "icc"]) { w in
            w.headerRow([s[.iccForm], "ICC", s[.interval95], s[.band], s[.bandOfInterval]], numeric: [1, 2])
            w.element("tbody") { w in
                for form in IntraclassCorrelation.Form.allCases {
                    guard let estimate = estimates[form] else { continue }
                    let band = AgreementBand.kooLi(estimate.value)
                    let interval = AgreementBand.kooLi(lower: estimate.lower, upper: estimate.upper)
                    w.element("tr", ["data-form": form.rawValue, "data-band": band?.rawValue ?? "none"]) { w in
                        w.element("td", text: form.rawValue + " — " + s.iccForm(form))
                        w.numberCell(n.fixed(estimate.value, 3))
                        w.numberCell(n.interval(estimate.lower, estimate.upper, 3))
                        w.element("td", text: band.map(s.kooLi) ?? "—")
                        w.element("td", text: interval.map(s.kooLiInterval) ?? "—")
                    }
                }
            }
        }
        let f = icc.judgeEffect
        w.element("p", text: s[.judgeEffect] + ": F(" + n.fixed(f.numeratorDF, 0) + ", " + n.fixed(f.denominatorDF, 0) + ") = "
            + n.fixed(f.statistic, 2) + ", p = " + pValue(f.p) + " · n = " + String(icc.targets) + ", k = " + String(icc.judges))
    }

    private func writeLeniency(to w: inout HTMLWriter) {
        let s = strings, n = strings.numbers
        w.element("h3", text: s[.leniencyTitle])
        w.element("table", ["class": "leniency"]) { w in
            w.headerRow([s[.assessor], "n", "L", "t", "p", s[.result]], numeric: [1, 2, 3, 4])
            w.element("tbody") { w in
                for rater in stage.leniency.raters {
                    let name = rater.index < stage.assessors.count ? stage.assessors[rater.index] : String(rater.index + 1)
                    w.element("tr", ["data-assessor": name, "data-flag": rater.flag?.rawValue ?? "none"]) { w in
                        w.element("th", ["scope": "row"]) { w in w.person(name) }
                        w.numberCell(String(rater.count))
                        w.numberCell(n.fixed(rater.leniency, 2))
                        w.numberCell(n.fixed(rater.t, 2))
                        w.numberCell(pValue(rater.p))
                        w.element("td", ["class": rater.isFlagged ? "rule-fail" : nil], text: rater.flag.map {
                            ($0 == .lenient ? "▲ " : "▼ ") + s.leniency($0)
                        } ?? s[.noShift])
                    }
                }
            }
        }
        w.muted(s[.leniencyExplained])
    }

    private func pValue(_ p: Double) -> String {
        guard p.isFinite else { return "—" }
        return p < 0.001 ? "< " + strings.numbers.fixed(0.001, 3) : strings.numbers.fixed(p, 3)
    }
}
