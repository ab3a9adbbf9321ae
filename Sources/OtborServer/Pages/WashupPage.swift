import OtborCore
import OtborHTML
import OtborServices

/// `/candidates/{id}/washup?stage=S`: the wash-up of one stage of a candidate, for the chair (hr,
/// admin), once every observer of the stage has submitted. Each competency the stage rates is a
/// row, flagged disagreements (F1) first, with every observer's rating and their evidence notes
/// side by side, the mean, and either the consensus recorded or a form to record one (the mean
/// preselected); then the panel's decision with its reason.
struct WashupPage: HTMLComponent {
    var strings: ConsoleStrings
    var candidate: Candidate
    var washup: PanelConsensus.Washup
    var stageTitle: String
    /// Competency ids to titles in the page's language.
    var names: [String: String]
    /// Observer login → display name.
    var observers: [String: String]
    /// The board of the sitting the chair came from, when known.
    var board: String?
    var csrfToken: String?

    func write(to w: inout HTMLWriter) {
        w.element("h1") { w in
            w.text(strings(.washupTitle, ["stage": stageTitle]) + " · ")
            w.person(candidate.name)
        }
        w.element("p", text: strings[.washupLead])
        w.element("p", ["class": "washup-links"]) { w in
            if let board { w.element("a", ["href": board], text: strings[.washupBack]) }
            w.element("a", ["href": "/candidates/\(candidate.id)"], text: strings[.candidatePageLink])
        }
        w.element("div", ["class": "table-scroll"]) { w in
            w.element("table", ["class": "data washup"]) { w in
                w.element("thead") { w in
                    w.element("tr") { w in
                        w.element("th", ["scope": "col"], text: strings[.competency])
                        for login in washup.assessors { w.element("th", ["scope": "col"]) { w in w.person(observers[login] ?? login) } }
                        w.element("th", ["scope": "col"], text: strings[.washupMean])
                        w.element("th", ["scope": "col"], text: strings[.washupConsensus])
                    }
                }
                w.element("tbody") { w in
                    for score in washup.scores { row(score, to: &w) }
                }
            }
        }
        w.element("h2", ["id": "decision"], text: strings[.panelDecision])
        DecisionForm(strings: strings, candidate: candidate.id, profile: washup.profile, csrfToken: csrfToken).write(to: &w)
    }

    private func row(_ score: StageScore, to w: inout HTMLWriter) {
        let shown = CandidateScorecard.shown(strings)
        let title = names[score.competency] ?? score.competency
        w.element("tr", ["data-competency": score.competency, "class": score.aggregate.isFlagged ? "flagged" : nil]) { w in
            w.element("th", ["scope": "row"]) { w in
                w.text(title)
                if score.aggregate.isFlagged { w.element("span", ["class": "flag"], text: strings[.washupFlagged]) }
            }
            for login in washup.assessors {
                w.element("td", ["data-assessor": login, "data-label": observers[login] ?? login]) { w in
                    w.element("span", ["class": "rating"], text: score.byAssessor[login].map(shown) ?? "—")
                    let notes = washup.notes(score.competency, by: login)
                    if notes.isEmpty {
                        w.element("span", ["class": "note"], text: strings[.washupNoNotes])
                    } else {
                        w.element("ul", ["class": "evidence"]) { w in for line in notes { w.element("li", text: line) } }
                    }
                }
            }
            w.element("td", ["class": "num", "data-mean": CandidateScorecard.number(score.aggregate.mean), "data-label": strings[.washupMean]],
                      text: shown(score.aggregate.mean))
            w.element("td", ["class": "consensus", "data-label": strings[.washupConsensus]]) { w in
                if let consensus = score.consensus {
                    w.element("p", ["class": "agreed", "data-value": CandidateScorecard.number(consensus.value)],
                              text: strings(.washupAgreed, ["value": shown(consensus.value), "rationale": consensus.rationale]))
                } else if score.aggregate.isFlagged {
                    ConsensusForm(strings: strings, candidate: candidate.id, profile: washup.profile, score: score, title: title,
                                  csrfToken: csrfToken, washup: true).write(to: &w)
                } else {
                    w.element("span", ["class": "note"], text: strings[.washupNotFlagged])
                }
            }
        }
    }
}
