import OtborCore
import OtborHTML

/// `matrix`: required competencies × stages run, each cell the stage score against the level,
/// then the integrated score, coverage (stages that measured it / stages planned to) and gap.
/// Stage columns are headed by short codes (``StageCodes``) with the full title as a tooltip,
/// and a legend under the table lists every code with its stage.
struct CompetencyMatrixSection: HTMLComponent {
    let context: CandidateContext

    func write(to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers, input = context.input
        let measuredBy = measuredCompetencies()
        w.section("matrix", heading: s[.matrixTitle]) { w in
            w.element("table", ["class": "matrix"]) { w in
                w.element("thead") { w in
                    w.element("tr") { w in
                        w.element("th", text: s[.competency])
                        w.element("th", ["class": "num"], text: s[.requiredShort])
                        for stage in context.stages {
                            w.element("th", ["class": "stage-code", "data-stage": stage, "scope": "col", "title": context.stageTitle(stage)],
                                      text: context.stageCodes[stage])
                        }
                        w.element("th", ["class": "total", "scope": "col"], text: s[.integratedScore])
                        w.element("th", ["class": "num"], text: s[.coverage])
                        w.element("th", ["class": "num"], text: s[.gap])
                    }
                }
                w.element("tbody") { w in
                    for requirement in input.profile.requirements {
                        let score = context.scores[requirement.competency]
                        w.element("tr", ["data-competency": requirement.competency]) { w in
                            w.element("th", ["scope": "row"]) { w in
                                w.text(context.competencyName(requirement.competency))
                                RequirementMarks(requirement: requirement, strings: s).write(to: &w)
                            }
                            w.numberCell(String(requirement.level))
                            for stage in context.stages {
                                writeStageCell(score?.stages.first { $0.stage == stage }, requirement: requirement,
                                               planned: measuredBy[stage]?.contains(requirement.competency) == true, to: &w)
                            }
                            LevelCell(value: score?.value, required: requirement.level, numbers: n, strings: s,
                                      title: score.flatMap { $0.value == nil ? nil : "SE " + n.fixed($0.standardError, 3) }).write(to: &w)
                            let planned = plannedStages(requirement.competency, measuredBy: measuredBy)
                            let measured = score?.coverage.count ?? 0
                            let undercovered = measured < CoverageMatrix.minimumStages && requirement.isScored
                            w.element("td", ["class": undercovered ? "num undercovered" : "num",
                                             "title": undercovered ? s[.undercovered] : nil]) { w in
                                w.text(String(measured) + " / " + String(planned))
                                if measured < CoverageMatrix.minimumStages { w.element("span", ["class": "flag"], text: "!") }
                            }
                            w.numberCell(score?.gap.map { n.fixed($0, 2) } ?? "—")
                        }
                    }
                }
            }
            writeStageLegend(to: &w)
            LevelCell.legend(strings: s, withMarks: true, to: &w)
            w.muted(s[.coverageExplained])
        }
    }

    /// The stage codes of the columns with the stage titles, in column order.
    private func writeStageLegend(to w: inout HTMLWriter) {
        guard !context.stages.isEmpty else { return }
        w.element("dl", ["class": "stage-codes"]) { w in
            for stage in context.stages {
                w.element("div") { w in
                    w.element("dt", text: context.stageCodes[stage])
                    w.element("dd", text: context.stageTitle(stage))
                }
            }
        }
    }

    private func writeStageCell(_ stageScore: StageScore?, requirement: CompetencyRequirement, planned: Bool, to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        guard let stageScore else {
            if planned {
                w.element("td", ["class": "cell unassessed", "title": s[.notAssessed]], text: s[.notAssessedShort])
            } else {
                w.element("td", ["class": "cell none", "title": s[.notMeasured]], text: "—")
            }
            return
        }
        var marks: [(symbol: String, className: StaticString, title: String)] = []
        if stageScore.consensus != nil {
            marks.append(("◆", "consensus-mark", s[.consensusApplied] + "; " + s[.assessorsMean] + " " + n.fixed(stageScore.aggregate.mean, 2)))
        } else if stageScore.aggregate.isFlagged {
            marks.append(("⚑", "flag", s[.disagreementPending] + "; " + s[.range] + " " + n.fixed(stageScore.aggregate.range, 1)))
        }
        let ratings = stageScore.aggregate.ratings.map { n.fixed($0, 1) }.joined(separator: ", ")
        LevelCell(value: stageScore.value, required: requirement.level, numbers: n, strings: s, marks: marks,
                  title: s[.ratings] + ": " + ratings).write(to: &w)
    }

    /// Competencies each stage's guide measures (the version the sessions used, else the library's).
    private func measuredCompetencies() -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for session in context.sessions where result[session.guide.id] == nil {
            result[session.guide.id] = Set(session.guide.measuredCompetencies)
        }
        for stage in context.input.profile.process where result[stage.guide] == nil {
            if let guide = context.input.library.guide(stage.guide) { result[stage.guide] = Set(guide.measuredCompetencies) }
        }
        return result
    }

    private func plannedStages(_ competency: String, measuredBy: [String: Set<String>]) -> Int {
        context.input.profile.process.filter { measuredBy[$0.guide]?.contains(competency) == true }.count
    }
}
