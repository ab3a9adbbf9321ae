import OtborCore
import OtborHTML

/// `hurdles`: per candidate, the critical competencies below level, the knock-outs that fired and
/// the critical competencies not yet assessed, and the screening facts that stopped the candidate.
struct ComparisonHurdlesSection: HTMLComponent {
    let context: ComparisonContext

    func write(to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        w.section("hurdles", heading: s[.hurdlesTitle]) { w in
            w.element("table", ["class": "hurdles"]) { w in
                w.headerRow([s[.candidate], s[.hurdle], s[.criticalBelow], s[.knockout], s[.criticalUnassessed], s[.screeningFacts]])
                w.element("tbody") { w in
                    for entry in context.ordered {
                        let hurdle = entry.scorecard.hurdle
                        w.element("tr", ["data-candidate": entry.candidate.id, "data-hurdle": hurdle.status.rawValue]) { w in
                            w.element("th", ["scope": "row"]) { w in context.writeName(entry, to: &w) }
                            let cell = s.hurdle(hurdle.status)
                            w.element("td", ["class": "hurdle-status " + cell.cssClass], text: cell.text)
                            listCell(hurdle.failures.map {
                                context.competencyName($0.competency) + " " + n.fixed($0.score, 2) + "\u{00A0}/\u{00A0}" + String($0.required)
                            }, to: &w)
                            listCell(hurdle.knockouts.map { $0.text.text(in: s.language) }, to: &w)
                            listCell(hurdle.unassessedCritical.map(context.competencyName), to: &w)
                            listCell(entry.scorecard.screening.knockouts.map {
                                $0.reason.text(in: s.language) + " (" + context.stageTitle($0.stage) + ")"
                            }, to: &w)
                        }
                    }
                }
            }
            w.muted(s[.hurdleExplained])
        }
    }

    /// One item a line, or a dash when there is none.
    private func listCell(_ items: [String], to w: inout HTMLWriter) {
        guard !items.isEmpty else {
            w.element("td", ["class": "none"], text: "—")
            return
        }
        w.element("td") { w in
            for (index, item) in items.enumerated() {
                if index > 0 { w.empty("br") }
                w.text(item)
            }
        }
    }
}
