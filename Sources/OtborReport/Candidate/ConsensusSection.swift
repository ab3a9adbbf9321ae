import OtborCore
import OtborHTML

/// `consensus`: each recorded consensus rating with the assessors' mean it replaced, whether it
/// applied (only flagged stage scores take a consensus), the rationale, author and time; then the
/// disagreements still waiting for one. First, any assessor who declared a conflict of interest
/// with the candidate, whose ratings are left out.
struct ConsensusSection: HTMLComponent {
    let context: CandidateContext

    func write(to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        let pending = context.input.scorecard.pendingConsensus
        w.section("consensus", heading: s[.consensusTitle]) { w in
            writeConflicts(to: &w)
            if context.input.consensus.isEmpty && pending.isEmpty {
                w.muted(s[.noDisagreements])
                return
            }
            if !context.input.consensus.isEmpty {
                w.element("table", ["class": "consensus"]) { w in
                    w.headerRow([s[.stage], s[.competency], s[.assessorsMeanColumn], s[.consensusValue], s[.rationale], s[.by], s[.when]],
                                numeric: [2, 3])
                    w.element("tbody") { w in
                        for record in context.input.consensus {
                            let stageScore = context.scores[record.consensus.competency]?.stages.first { $0.stage == record.consensus.stage }
                            let applied = stageScore?.consensus != nil
                            w.element("tr", ["data-competency": record.consensus.competency, "data-stage": record.consensus.stage,
                                             "data-applied": applied ? "true" : "false"]) { w in
                                w.element("td", text: context.stageTitle(record.consensus.stage))
                                w.element("td", text: context.competencyName(record.consensus.competency))
                                w.numberCell(stageScore.map { n.fixed($0.aggregate.mean, 2) } ?? "—")
                                w.element("td", ["class": "num"]) { w in
                                    w.text(n.fixed(record.consensus.value, 2))
                                    if !applied { w.element("em", text: " (" + s[.consensusNotApplied] + ")") }
                                }
                                w.element("td") { w in w.person(record.consensus.rationale) }
                                w.element("td") { w in w.person(record.recordedBy) }
                                w.element("td") { w in w.isolated(context.strings.dates.dayAndTime(record.recordedAt)) }
                            }
                        }
                    }
                }
            }
            if !pending.isEmpty {
                w.element("h3", text: s[.pendingConsensus])
                w.element("ul", ["class": "pending"]) { w in
                    for score in pending {
                        w.element("li", ["data-competency": score.competency, "data-stage": score.stage],
                                  text: "⚑ " + context.competencyName(score.competency) + " — " + context.stageTitle(score.stage) + ": "
                                    + score.aggregate.ratings.map { n.fixed($0, 1) }.joined(separator: ", "))
                    }
                }
            }
        }
    }

    /// The assessors who declared a conflict of interest with the candidate: none of their ratings counts.
    private func writeConflicts(to w: inout HTMLWriter) {
        let s = context.strings
        guard !context.input.conflicts.isEmpty else { return }
        w.element("ul", ["class": "conflicts"]) { w in
            for conflict in context.input.conflicts {
                w.element("li", ["data-assessor": conflict.login]) { w in
                    w.person(conflict.login)
                    w.text(" " + s[.conflictDeclared] + " (" + s.conflictReason(conflict.reason) + ", ")
                    w.isolated(s.dates.dayAndTime(conflict.declaredAt))
                    w.text("): " + s[.conflictLeftOut])
                }
            }
        }
    }
}
