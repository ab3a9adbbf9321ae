import OtborCore
import OtborHTML

/// `matrix`: candidates (rows, in ranking order) × required competencies (columns), each cell the
/// integrated score against the required level, readable in greyscale (number plus symbol).
struct ComparisonMatrixSection: HTMLComponent {
    let context: ComparisonContext

    func write(to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        let requirements = context.input.profile.requirements
        w.section("matrix", heading: s[.comparisonMatrixTitle]) { w in
            w.element("table", ["class": "comparison"]) { w in
                w.element("thead") { w in
                    w.element("tr") { w in
                        w.element("th", text: s[.candidate])
                        w.element("th", text: s[.hurdle])
                        w.element("th", ["class": "num"], text: "S100")
                        for requirement in requirements {
                            w.element("th", ["data-competency": requirement.competency, "scope": "col"]) { w in
                                w.text(context.competencyName(requirement.competency))
                                if requirement.critical { w.element("span", ["class": "critical", "title": s[.critical]], text: " ★") }
                                w.empty("br")
                                w.element("span", ["class": "muted"], text: s[.requiredShort] + " " + String(requirement.level)
                                    + " · " + s[.weight] + " " + n.fixed(requirement.weight, 1))
                            }
                        }
                    }
                }
                w.element("tbody") { w in
                    for entry in context.ordered {
                        let card = entry.scorecard
                        let scores = Dictionary(card.competencies.map { ($0.competency, $0) }, uniquingKeysWith: { first, _ in first })
                        w.element("tr", ["data-candidate": entry.candidate.id]) { w in
                            w.element("th", ["scope": "row"]) { w in context.writeName(entry, to: &w) }
                            let cell = s.hurdle(card.hurdle.status)
                            w.element("td", ["class": cell.cssClass], text: cell.text)
                            w.numberCell(card.composite.map { n.score100($0.s100) } ?? "—")
                            for requirement in requirements {
                                let score = scores[requirement.competency]
                                var marks: [(symbol: String, className: StaticString, title: String)] = []
                                if score?.stages.contains(where: \.needsConsensus) == true {
                                    marks.append(("⚑", "flag", s[.disagreementPending]))
                                }
                                LevelCell(value: score?.value, required: requirement.level, numbers: n, strings: s, marks: marks,
                                          title: score.map { s[.coverage] + ": " + String($0.coverage.count) }).write(to: &w)
                            }
                        }
                    }
                }
            }
            LevelCell.legend(strings: s, withMarks: false, to: &w)
        }
    }
}
