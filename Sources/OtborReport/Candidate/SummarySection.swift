import OtborCore
import OtborHTML

/// `summary`: decision support. The hurdle and its knock-outs come first and stay apart from
/// the compensatory score (S100 with its 95 % interval) that follows.
struct SummarySection: HTMLComponent {
    let context: CandidateContext

    func write(to w: inout HTMLWriter) {
        let s = context.strings, card = context.input.scorecard
        w.section("summary", heading: s[.decisionSupport]) { w in
            writeScreening(card.screening, to: &w)
            writeHurdle(card.hurdle, to: &w)
            writeComposite(card.composite, to: &w)
            let pending = card.pendingConsensus
            if !pending.isEmpty {
                w.element("p", ["class": "warning"]) { w in
                    w.text(s[.pendingConsensus] + ": ")
                    w.text(pending.map { context.competencyName($0.competency) + " (" + context.stageTitle($0.stage) + ")" }
                        .joined(separator: "; "))
                }
            }
            let unassessed = card.unassessed
            if !unassessed.isEmpty {
                w.element("p", ["class": "warning"], text: s[.unassessedCompetencies] + ": "
                    + unassessed.map(context.competencyName).joined(separator: "; "))
            }
            if let latest = context.input.decisions.last {
                w.element("p") { w in
                    w.text(s[.latestDecision] + ": ")
                    w.element("strong", text: s.decision(latest.decision))
                    w.text(" (")
                    w.person(latest.decidedBy)
                    w.text(", ")
                    w.isolated(context.strings.dates.dayAndTime(latest.decidedAt))
                    w.text(")")
                }
            }
        }
    }

    /// The screening facts first: a knock-out decides before any score ("not recommended"), each
    /// with its reason and stage; then the facts to discuss.
    private func writeScreening(_ screening: ScreeningResult, to w: inout HTMLWriter) {
        let s = context.strings
        guard !screening.knockouts.isEmpty || !screening.toDiscuss.isEmpty else { return }
        func line(_ fact: FactOutcome) -> String {
            fact.reason.text(in: context.language) + " (" + context.stageTitle(fact.stage) + ")"
        }
        w.element("div", ["class": screening.isKnockedOut ? "verdict failed screening" : "screening",
                          "data-screening": screening.isKnockedOut ? "knocked-out" : "discuss"]) { w in
            if screening.isKnockedOut { w.element("p") { w in w.element("strong", text: "✗ " + s[.notRecommendedScreening]) } }
            w.element("ul") { w in
                for fact in screening.knockouts {
                    w.element("li", ["class": "screening-knockout", "data-item": fact.item], text: s[.screeningKnockout] + ": " + line(fact))
                }
                for fact in screening.toDiscuss {
                    w.element("li", ["class": "screening-discuss", "data-item": fact.item], text: s[.screeningDiscuss] + ": " + line(fact))
                }
            }
        }
    }

    private func writeHurdle(_ hurdle: HurdleResult, to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        let verdict: (mark: String, phrase: ReportPhrase) = switch hurdle.status {
        case .passed: ("✓ ", .hurdlePassed)
        case .incomplete: ("… ", .hurdleIncomplete)
        case .failed: ("✗ ", .hurdleFailed)
        }
        w.element("div", ["class": "verdict " + s.hurdle(hurdle.status).cssClass, "data-hurdle": hurdle.status.rawValue]) { w in
            w.element("p") { w in
                w.element("strong", text: verdict.mark + s[verdict.phrase])
            }
            if !hurdle.stated.isEmpty {
                let stated = hurdle.stated.sorted { $0.key < $1.key }
                    .map { context.competencyName($0.key) + " τ = " + n.fixed($0.value, 2) }
                w.element("p", ["class": "muted stated-tolerance"], text: s[.statedTolerance] + ": " + stated.joined(separator: "; "))
            }
            if hurdle.failures.isEmpty && hurdle.knockouts.isEmpty && hurdle.unassessedCritical.isEmpty {
                w.element("p", ["class": "muted"], text: s[.hurdleExplained])
                return
            }
            w.element("ul") { w in
                for failure in hurdle.failures {
                    w.element("li", ["class": "hurdle-failure", "data-competency": failure.competency],
                              text: s[.criticalBelow] + ": " + context.competencyName(failure.competency) + " — "
                                + n.fixed(failure.score, 2) + " " + s[.belowRequired] + " " + String(failure.required)
                                + (failure.tolerance > 0 ? " − τ " + n.fixed(failure.tolerance, 2) + " = " + n.fixed(failure.cutoff, 2) : ""))
                }
                for knockout in hurdle.knockouts {
                    w.element("li", ["class": "knockout", "data-rule": knockout.rule],
                              text: s[.knockout] + ": " + knockout.text.text(in: context.language))
                }
                for competency in hurdle.unassessedCritical {
                    w.element("li", ["class": "unassessed-critical", "data-competency": competency],
                              text: s[.criticalUnassessed] + ": " + context.competencyName(competency))
                }
            }
            if hurdle.tolerance > 0 {
                w.muted(s[.tolerance] + " τ = " + n.fixed(hurdle.tolerance, 2))
            }
        }
    }

    private func writeComposite(_ composite: CompositeScore?, to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        guard let composite else {
            w.element("p", ["class": "score"], text: s[.noScoreYet])
            return
        }
        let low = CompositeScore.to100(composite.ci95.lowerBound), high = CompositeScore.to100(composite.ci95.upperBound)
        w.element("div", ["class": "score keep", "data-s100": NumberFormat.plain(composite.s100, 1)]) { w in
            w.element("p") { w in
                w.text(s[.compositeScore] + " S100 ")
                w.element("span", ["class": "big"], text: n.score100(composite.s100))
                w.text(" · " + s[.interval95] + " " + n.interval(low, high, 1) + " ")
                IntervalBar(value: composite.s100, low: low, high: high,
                            label: "S100 " + n.score100(composite.s100) + ", " + s[.interval95] + " " + n.interval(low, high, 1))
                    .write(to: &w)
            }
            w.element("dl", ["class": "facts"]) { w in
                w.fact(s[.scoreS]) { w in
                    w.text(n.fixed(composite.s, 2) + " " + s[.onScale15] + "; SE " + n.fixed(composite.standardError, 3)
                        + "; " + s[.interval95] + " " + n.interval(composite.ci95.lowerBound, composite.ci95.upperBound, 2))
                }
                w.fact(s[.weightedGap]) { w in w.text(n.fixed(composite.gap, 3)) }
                w.fact(s[.coverageOfLevels]) { w in w.text(n.fixed(composite.coverage * 100, 1) + " %") }
                w.fact(s[.distance]) { w in w.text(n.fixed(composite.distance, 3)) }
                w.fact(s[.assessedWeight]) { w in w.text(n.fixed(composite.assessedWeight * 100, 0) + " %") }
            }
            w.muted(s[.scoreApart])
        }
    }
}
