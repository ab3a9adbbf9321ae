import OtborCore
import OtborHTML

/// One `<tr>` of the dashboard: rank, name (linked to the candidate report), the stage pipeline,
/// the hurdle, S100 with its 95 % interval, the last decision and the retention deadline.
struct IndexCandidateRow: HTMLComponent {
    let row: IndexReportInput.Row
    let rank: Int
    let stages: [IndexReportInput.Stage]
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        let s = strings, standing = row.standing
        w.element("tr", [
            "data-candidate": row.candidate.id, "data-rank": String(rank), "data-hurdle": standing.hurdle.rawValue,
            "data-decision": row.lastDecision?.decision.rawValue, "data-retention": row.retention?.destroyBy.description,
        ]) { w in
            w.numberCell(String(rank))
            w.element("td", ["class": "name"]) { w in
                if let file = row.reportFile, ReportLink.isSafe(file) {
                    w.element("a", ["class": "report-link", "data-report": "candidate", "href": file]) { w in w.person(row.candidate.name) }
                } else {
                    w.person(row.candidate.name)
                }
            }
            w.element("td") { w in StagePipeline(stages: stages, progress: row.progress, strings: s).write(to: &w) }
            let hurdle = s.hurdle(standing.hurdle)
            w.element("td", ["class": "hurdle " + hurdle.cssClass], text: hurdle.text)
            writeScore(to: &w)
            writeDecision(to: &w)
            writeRetention(to: &w)
        }
    }

    private func writeScore(to w: inout HTMLWriter) {
        let n = strings.numbers
        guard let value = row.standing.s, let interval = row.standing.ci95 else {
            w.element("td", ["class": "num score muted"], text: "—")
            return
        }
        w.element("td", ["class": "num score"]) { w in
            w.element("span", ["class": "s100"], text: n.score100(CompositeScore.to100(value)))
            w.element("span", ["class": "ci"],
                      text: n.interval(CompositeScore.to100(interval.lowerBound), CompositeScore.to100(interval.upperBound), 1))
        }
    }

    private func writeDecision(to w: inout HTMLWriter) {
        guard let decision = row.lastDecision else {
            w.element("td", ["class": "decision muted"], text: "—")
            return
        }
        w.element("td", ["class": "decision"]) { w in
            w.element("span", ["class": "word"], text: strings.decision(decision.decision))
            w.element("span", ["class": "when"]) { w in w.isolated(strings.dates.day(decision.decidedAt)) }
        }
    }

    private func writeRetention(to w: inout HTMLWriter) {
        guard let retention = row.retention else {
            w.element("td", ["class": "retention muted"], text: "—")
            return
        }
        let overdue = retention.daysRemaining < 0
        w.element("td", ["class": overdue ? "retention overdue" : "retention"]) { w in
            if overdue { w.element("span", ["class": "sym", "aria-hidden": "true"], text: "⚠ ") }
            w.isolated(strings.dates.day(retention.destroyBy))
            if overdue { w.element("span", ["class": "when"], text: strings[.overdue]) }
        }
    }
}
