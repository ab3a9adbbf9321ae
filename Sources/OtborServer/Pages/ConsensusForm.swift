import OtborCore
import OtborHTML

/// The form that records the panel's consensus on one flagged stage score, posted to
/// `/candidates/{id}/consensus` with the CSRF token: a half step of the scale, preselected at the
/// assessors' mean rounded to the nearest half step (so confirming the mean is one click and a
/// rationale), and the rationale. `washup` sends the chair back to the wash-up screen.
struct ConsensusForm: HTMLComponent {
    var strings: ConsoleStrings
    var candidate: CandidateID
    var profile: String
    var score: StageScore
    /// The competency's title in the page's language.
    var title: String
    var csrfToken: String?
    var washup = false

    /// The half step of the scale nearest to the mean: what "confirm the mean" records.
    static func suggested(_ mean: Double) -> Double {
        RatingScale.halfSteps.min { abs($0 - mean) < abs($1 - mean) } ?? mean
    }

    func write(to w: inout HTMLWriter) {
        let suggested = Self.suggested(score.aggregate.mean)
        w.element("form", ["method": "post", "action": "/candidates/\(candidate)/consensus", "class": "consensus-form",
                           "data-stage": score.stage, "data-competency": score.competency]) { w in
            CSRFField(token: csrfToken).write(to: &w)
            w.empty("input", ["type": "hidden", "name": "profile", "value": profile])
            w.empty("input", ["type": "hidden", "name": "stage", "value": score.stage])
            w.empty("input", ["type": "hidden", "name": "competency", "value": score.competency])
            if washup { w.empty("input", ["type": "hidden", "name": "from", "value": "washup"]) }
            if !washup {
                let ratings = score.byAssessor.values.sorted().map(CandidateScorecard.shown(strings)).joined(separator: "; ")
                w.element("p", text: strings(.ratingsDiffer, ["competency": title, "stage": score.stage, "ratings": ratings]))
            }
            let id = "value-\(score.stage)-\(score.competency)"
            w.element("label", ["for": id], text: strings[.agreedRating])
            w.element("select", ["id": id, "name": "value", "required": "required"]) { w in
                for value in RatingScale.halfSteps {
                    w.element("option", ["value": CandidateScorecard.number(value), "selected": value == suggested ? "selected" : nil],
                              text: CandidateScorecard.shown(strings)(value))
                }
            }
            w.element("p", ["class": "note"], text: strings(.washupSuggested, ["value": CandidateScorecard.shown(strings)(suggested)]))
            w.element("label", ["for": id + "-rationale"], text: strings[.rationale])
            w.element("textarea", ["id": id + "-rationale", "name": "rationale", "required": "required", "rows": "3"], text: "")
            w.element("button", ["type": "submit"], text: strings[.recordConsensus])
        }
    }
}
