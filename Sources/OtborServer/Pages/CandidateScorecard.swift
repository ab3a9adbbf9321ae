import OtborCore
import OtborHTML
import OtborReport

/// One application on the candidate page: the scorecard of the profile (each competency's
/// required level and score, the overall S100 with its interval), a form for each stage score
/// awaiting the panel's consensus (``Scorecard/pendingConsensus``; the value a half step of the
/// scale), and the decision form.
struct CandidateScorecard: HTMLComponent {
    var strings: ConsoleStrings
    var application: CandidatePage.Application
    var candidate: CandidateID
    var csrfToken: String?

    private var card: Scorecard { application.card }

    func write(to w: inout HTMLWriter) {
        w.element("section", ["class": "scorecard", "data-profile": application.profile]) { w in
            w.element("h2", text: strings(.scorecardFor, ["profile": application.title]))
            writeTable(to: &w)
            if let composite = card.composite {
                w.element("p", ["class": "overall", "data-s100": Self.number(composite.s100)], text: strings(.overall, [
                    "s": shown(composite.s), "low": shown(composite.ci95.lowerBound), "high": shown(composite.ci95.upperBound),
                    "s100": shown(composite.s100),
                ]))
            }
            writeConsensus(to: &w)
            writeDecisionForm(to: &w)
        }
    }

    /// `value` to one decimal, without a trailing `.0`, for attributes and form values.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// `value` to one decimal, without a trailing zero, as people read it: a decimal comma in Russian.
    func shown(_ value: Double) -> String { Self.shown(strings)(value) }

    /// ``shown(_:)`` in the language of `strings`.
    static func shown(_ strings: ConsoleStrings) -> (Double) -> String {
        { value in
            let rounded = (value * 10).rounded() / 10
            return NumberFormat(language: strings.language).fixed(rounded, rounded == rounded.rounded() ? 0 : 1)
        }
    }

    private func writeTable(to w: inout HTMLWriter) {
        w.element("table", ["class": "data"]) { w in
            TableHead(strings: strings, columns: [.competency, .requiredLevel, .score]).write(to: &w)
            w.element("tbody") { w in
                for score in card.competencies {
                    w.element("tr", ["data-competency": score.competency, "data-score": score.value.map(Self.number)]) { w in
                        w.element("td", text: application.names[score.competency] ?? score.competency)
                        w.element("td", ["class": "num"], text: String(score.requirement.level))
                        w.element("td", ["class": "num"], text: score.value.map(shown) ?? strings[.notRated])
                    }
                }
            }
        }
    }

    private func writeConsensus(to w: inout HTMLWriter) {
        let pending = card.pendingConsensus
        w.element("h3", text: strings[.pendingConsensus])
        guard !pending.isEmpty else { return w.element("p", ["class": "note"], text: strings[.noPendingConsensus]) }
        for score in pending {
            ConsensusForm(strings: strings, candidate: candidate, profile: application.profile, score: score,
                          title: application.names[score.competency] ?? score.competency, csrfToken: csrfToken).write(to: &w)
        }
    }

    private func writeDecisionForm(to w: inout HTMLWriter) {
        w.element("h3", text: strings[.recordDecision])
        DecisionForm(strings: strings, candidate: candidate, profile: application.profile, csrfToken: csrfToken).write(to: &w)
    }
}
