import OtborCore
import OtborHTML

/// `stage-<guide>`: one stage that was run — the stage scores per assessor with agreement
/// figures, then each submitted session in detail. Never written for a stage without sessions.
struct StageDetailSection: HTMLComponent {
    let context: CandidateContext
    let stage: String
    /// The stage's submitted sessions; not empty.
    let sessions: [ReportSession]

    func write(to w: inout HTMLWriter) {
        let s = context.strings
        let guide = sessions[0].guide
        w.section("stage-" + stage, heading: s[.stage] + ": " + context.stageTitle(stage), classes: "stage", data: stage) { w in
            var facts = s.stageKind(guide.kind) + " · " + s[.plannedDuration] + " " + s.minutes(guide.duration)
            if let purpose = guide.purpose { facts += " · " + purpose.text(in: context.language) }
            w.muted(facts)
            writeScores(to: &w)
            for session in sessions {
                SessionDetailSection(context: context, session: session).write(to: &w)
            }
        }
    }

    /// The stage scores: one row per required competency the stage scored, one column per assessor.
    private func writeScores(to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        var seen: Set<String> = []
        let assessors = sessions.map(\.assessor).filter { seen.insert($0).inserted }
        let rows = context.input.profile.requirements.compactMap { requirement -> (CompetencyRequirement, StageScore)? in
            guard let score = context.scores[requirement.competency]?.stages.first(where: { $0.stage == stage }) else { return nil }
            return (requirement, score)
        }
        w.element("h3", text: s[.stageScores])
        guard !rows.isEmpty else {
            w.muted(s[.noStageScores])
            return
        }
        w.element("table", ["class": "stage-scores"]) { w in
            w.element("thead") { w in
                w.element("tr") { w in
                    w.element("th", text: s[.competency])
                    w.element("th", ["class": "num"], text: s[.requiredShort])
                    for assessor in assessors {
                        w.element("th", ["class": "num", "data-assessor": assessor]) { w in w.person(assessor) }
                    }
                    w.element("th", text: s[.stageScore])
                    w.element("th", ["class": "num"], text: "r_wg")
                    w.element("th", ["class": "num"], text: "AD_M")
                    w.element("th", text: s[.agreement])
                }
            }
            w.element("tbody") { w in
                for (requirement, score) in rows {
                    w.element("tr", ["data-competency": requirement.competency]) { w in
                        w.element("th", ["scope": "row"], text: context.competencyName(requirement.competency))
                        w.numberCell(String(requirement.level))
                        for assessor in assessors {
                            w.numberCell(score.byAssessor[assessor].map { n.fixed($0, 2) } ?? "—")
                        }
                        LevelCell(value: score.value, required: requirement.level, numbers: n, strings: s).write(to: &w)
                        w.numberCell(n.fixed(score.aggregate.rwg, 2))
                        w.numberCell(n.fixed(score.aggregate.adM, 2))
                        w.element("td") { w in
                            if let consensus = score.consensus {
                                w.text("◆ " + s[.consensusApplied] + ": " + n.fixed(score.aggregate.mean, 2) + " → "
                                    + n.fixed(consensus.value, 2))
                            } else if score.aggregate.isFlagged {
                                w.element("span", ["class": "flag"], text: "⚑ " + s[.disagreementPending])
                            } else {
                                w.text(s[.agreementOK])
                            }
                        }
                    }
                }
            }
        }
    }
}
