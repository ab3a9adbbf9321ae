import OtborCore
import OtborHTML

/// `gaps` and `strengths`: competencies below and above their level, largest weighted
/// difference first, each with the assessors' notes that back it as evidence quotes.
struct EvidenceSection: HTMLComponent {
    /// The largest strengths shown; every gap is shown.
    static let strengthsShown = 5
    /// Quotes per competency: the lowest-rated for a gap, the highest-rated for a strength.
    static let quotesShown = 3

    let context: CandidateContext

    func write(to w: inout HTMLWriter) {
        let s = context.strings, card = context.input.scorecard
        w.section("gaps", heading: s[.gapsTitle]) { w in
            if card.gaps.isEmpty { w.muted(s[.noGaps]) }
            for score in card.gaps { writeCompetency(score, isGap: true, to: &w) }
        }
        w.section("strengths", heading: s[.strengthsTitle]) { w in
            if card.strengths.isEmpty { w.muted(s[.noStrengths]) }
            for score in card.strengths.prefix(Self.strengthsShown) { writeCompetency(score, isGap: false, to: &w) }
        }
    }

    private func writeCompetency(_ score: CompetencyScore, isGap: Bool, to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        let requirement = score.requirement
        w.element("div", ["class": isGap ? "gap" : "strength", "data-competency": score.competency]) { w in
            w.element("h3") { w in
                w.text(context.competencyName(score.competency))
                RequirementMarks(requirement: requirement, strings: s).write(to: &w)
            }
            let difference = isGap ? (score.gap ?? 0) : (score.margin ?? 0)
            w.element("p") { w in
                w.text(s[.score] + " " + n.fixed(score.value ?? 0, 2) + " · " + s[.required] + " " + String(requirement.level)
                    + " · " + (isGap ? s[.gap] : s[.margin]) + " " + n.fixed(difference, 2)
                    + " · " + s[.weight] + " " + n.fixed(requirement.weight, 1)
                    + " · " + s[.stagesShort] + ": " + score.coverage.map(context.stageTitle).joined(separator: ", "))
            }
            if let anchor = context.input.library.competency(score.competency)?.anchor(requirement.level) {
                w.element("p", ["class": "muted"], text: s[.levelAnchor] + " " + String(requirement.level) + ": "
                    + anchor.text(in: context.language))
            }
            let all = context.evidence[score.competency] ?? []
            let quotes = all.enumerated().sorted { a, b in
                let ra = a.element.rating ?? 3, rb = b.element.rating ?? 3
                return ra != rb ? (isGap ? ra < rb : ra > rb) : a.offset < b.offset
            }.prefix(Self.quotesShown).map(\.element)
            if quotes.isEmpty { w.muted(s[.noEvidence]) }
            for quote in quotes {
                w.element("blockquote", ["class": "evidence", "data-competency": score.competency]) { w in
                    w.element("p") { w in w.person(quote.text) }
                    w.element("footer") { w in
                        w.text("— ")
                        w.element("cite") { w in w.person(quote.assessor) }
                        w.text(", " + quote.stageTitle + ": " + quote.stepTitle)
                    }
                }
            }
        }
    }
}
