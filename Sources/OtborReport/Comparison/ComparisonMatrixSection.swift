import OtborCore
import OtborHTML

/// `matrix`: required competencies (rows, with level and weight) × candidates (columns, in
/// ranking order), split into blocks that each fit an A4 portrait page (``MatrixBlockPlan``);
/// each cell the integrated score against the required level, readable in greyscale (number plus
/// symbol).
struct ComparisonMatrixSection: HTMLComponent {
    let context: ComparisonContext

    /// The blocks of candidates, as positions in ranking order.
    var blocks: [Range<Int>] {
        let competencies = context.input.profile.requirements.map { requirement in
            context.competencyName(requirement.competency) + (requirement.critical ? "\u{00A0}★" : "")
        }
        return MatrixBlockPlan(names: context.ordered.map(\.candidate.name), competencies: competencies).blocks
    }

    func write(to w: inout HTMLWriter) {
        let s = context.strings
        w.section("matrix", heading: s[.comparisonMatrixTitle]) { w in
            for (index, positions) in blocks.enumerated() {
                // Each block is kept on one page; the explanation goes with the first.
                w.element("div", ["class": "matrix-block"]) { w in
                    if index == 0 {
                        w.muted(s[.matrixExplained])
                        LevelCell.legend(strings: s, withMarks: false, to: &w)
                        w.element("p", ["class": "legend"]) { w in
                            w.element("span", text: "★ " + s[.critical])
                            w.element("span", text: "° " + s[.contextRequirement])
                            w.element("span", text: "⚑ " + s[.disagreementPending])
                            w.element("span", text: "— " + s[.notAssessed])
                        }
                    }
                    ComparisonMatrixBlock(context: context, number: index + 1, positions: positions).write(to: &w)
                }
            }
        }
    }
}
