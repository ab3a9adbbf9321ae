import OtborCore
import OtborHTML

/// `hurdles`: per candidate, the critical competencies below level, the knock-outs that fired and
/// the critical competencies not yet assessed.
struct ComparisonHurdlesSection: HTMLComponent {
    let context: ComparisonContext

    func write(to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        w.section("hurdles", heading: s[.hurdlesTitle]) { w in
            w.element("table", ["class": "hurdles"]) { w in
                w.headerRow([s[.candidate], s[.hurdle], s[.criticalBelow], s[.knockout], s[.criticalUnassessed]])
                w.element("tbody") { w in
                    for entry in context.ordered {
                        let hurdle = entry.scorecard.hurdle
                        w.element("tr", ["data-candidate": entry.candidate.id, "data-hurdle": hurdle.status.rawValue]) { w in
                            w.element("th", ["scope": "row"]) { w in context.writeName(entry, to: &w) }
                            let cell = s.hurdle(hurdle.status)
                            w.element("td", ["class": cell.cssClass], text: cell.text)
                            w.element("td", text: hurdle.failures.map {
                                context.competencyName($0.competency) + " " + n.fixed($0.score, 2) + " / " + String($0.required)
                            }.joined(separator: "; "))
                            w.element("td", text: hurdle.knockouts.map { $0.text.text(in: s.language) }.joined(separator: "; "))
                            w.element("td", text: hurdle.unassessedCritical.map(context.competencyName).joined(separator: "; "))
                        }
                    }
                }
            }
            w.muted(s[.hurdleExplained])
        }
    }
}
