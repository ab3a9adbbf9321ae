import OtborCore
import OtborHTML

/// `drift`: per assessor, the trend of their deviation from co-raters over sessions and the
/// CUSUM alarm, with a small line of the deviations.
struct RaterDriftSection: HTMLComponent {
    let drifts: [RaterReport.Drift]
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        let s = strings, n = strings.numbers
        w.section("drift", heading: s[.driftTitle]) { w in
            guard !drifts.isEmpty else {
                w.muted(s[.noDrift])
                return
            }
            w.element("table", ["class": "drift"]) { w in
                w.headerRow([s[.assessor], s[.sessions], s[.slopePerSession], "p", s[.cusumAlarm], s[.deviations]], numeric: [1, 2, 3])
                w.element("tbody") { w in
                    for drift in drifts {
                        let trend = drift.drift.trend
                        w.element("tr", ["data-assessor": drift.assessor,
                                         "data-alarm": drift.drift.cusum.alarmSession.map(String.init)]) { w in
                            w.element("th", ["scope": "row"]) { w in w.person(drift.assessor) }
                            w.numberCell(String(drift.sessions))
                            w.numberCell(n.fixed(trend.slope, 3))
                            w.numberCell(trend.p.isFinite ? n.fixed(trend.p, 3) : "—")
                            w.element("td", ["class": drift.drift.cusum.alarmSession == nil ? nil : "rule-fail"],
                                      text: drift.drift.cusum.alarmSession.map { "⚑ " + s[.session] + " " + String($0) } ?? s[.noAlarm])
                            w.element("td") { w in Sparkline(values: drift.drift.deviations, title: s[.deviations]).write(to: &w) }
                        }
                    }
                }
            }
            w.muted(s[.driftExplained])
        }
    }
}
