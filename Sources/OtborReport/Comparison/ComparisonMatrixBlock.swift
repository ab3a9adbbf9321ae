import OtborCore
import OtborHTML

/// One block of the comparison matrix: the candidates at `positions` of the ranking as columns
/// (rank and name, the name free to wrap between words), their S100 and hurdle, then a row per
/// required competency with its level, weight and each candidate's score against the level.
struct ComparisonMatrixBlock: HTMLComponent {
    let context: ComparisonContext
    /// 1-based number of the block.
    let number: Int
    /// Positions in ``ComparisonContext/ordered`` (0-based ranks).
    let positions: Range<Int>

    func write(to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        let entries = Array(context.ordered[positions])
        let ranks = String(positions.lowerBound + 1) + "–" + String(positions.upperBound)
        w.element("table", ["class": "comparison", "data-block": String(number), "data-ranks": ranks]) { w in
            w.element("caption", text: s[.ranks] + " " + ranks + " " + s[.ofTotal] + " " + String(context.ordered.count))
            writeHead(entries, to: &w)
            w.element("tbody") { w in
                w.element("tr", ["class": "summary", "data-row": "s100"]) { w in
                    w.element("th", ["scope": "row", "colspan": "3"], text: "S100")
                    for entry in entries { w.numberCell(entry.scorecard.composite.map { n.score100($0.s100) } ?? "—") }
                }
                w.element("tr", ["class": "summary", "data-row": "hurdle"]) { w in
                    w.element("th", ["scope": "row", "colspan": "3"], text: s[.hurdle])
                    for entry in entries {
                        let cell = s.hurdle(entry.scorecard.hurdle.status)
                        // The symbol stays with the first word when the name column is narrow.
                        w.element("td", ["class": "hurdle-status " + cell.cssClass],
                                  text: cell.text.replacing(" ", with: "\u{00A0}", maxReplacements: 1))
                    }
                }
                for requirement in context.input.profile.requirements {
                    writeRow(requirement, entries: entries, to: &w)
                }
            }
        }
    }

    private func writeHead(_ entries: [ComparisonReportInput.Entry], to w: inout HTMLWriter) {
        let s = context.strings
        w.element("thead") { w in
            w.element("tr") { w in
                w.element("th", ["scope": "col", "class": "competency"], text: s[.competency])
                w.element("th", ["scope": "col", "class": "num narrow"], text: s[.levelColumn])
                w.element("th", ["scope": "col", "class": "num narrow"], text: s[.weightColumn])
                for (offset, entry) in entries.enumerated() {
                    let rank = String(positions.lowerBound + offset + 1)
                    w.element("th", ["scope": "col", "class": "candidate-column", "data-candidate": entry.candidate.id, "data-rank": rank]) { w in
                        w.element("span", ["class": "rank-mark"], text: s[.rankMark] + rank)
                        w.empty("br")
                        context.writeName(entry, to: &w)
                    }
                }
            }
        }
    }

    private func writeRow(_ requirement: CompetencyRequirement, entries: [ComparisonReportInput.Entry], to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        w.element("tr", ["data-competency": requirement.competency]) { w in
            w.element("th", ["scope": "row"]) { w in
                w.text(context.competencyName(requirement.competency))
                RequirementMarks(requirement: requirement, strings: s, space: "\u{00A0}").write(to: &w)
            }
            w.numberCell(String(requirement.level))
            w.numberCell(n.fixed(requirement.weight, 1))
            for entry in entries {
                // The first score of the competency, read in place: scorecards are large values.
                let competencies = entry.scorecard.competencies
                let score = competencies.firstIndex { $0.competency == requirement.competency }.map { competencies[$0] }
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
