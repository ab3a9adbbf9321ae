import OtborCore
import OtborHTML
import OtborReport

/// The form that records the panel's decision on one application of a candidate, with its reason:
/// posted to `/candidates/{id}/decisions` with the CSRF token (``DecisionDesk`` audits it).
struct DecisionForm: HTMLComponent {
    var strings: ConsoleStrings
    var candidate: CandidateID
    var profile: String
    var csrfToken: String?

    func write(to w: inout HTMLWriter) {
        let id = "decision-" + profile
        w.element("form", ["method": "post", "action": "/candidates/\(candidate)/decisions", "class": "decision-form"]) { w in
            CSRFField(token: csrfToken).write(to: &w)
            w.empty("input", ["type": "hidden", "name": "profile", "value": profile])
            w.element("label", ["for": id], text: strings[.decision])
            w.element("select", ["id": id, "name": "decision", "required": "required"]) { w in
                for decision in Decision.allCases {
                    w.element("option", ["value": decision.rawValue], text: ReportStrings(strings.language).decision(decision))
                }
            }
            w.element("label", ["for": id + "-reason"], text: strings[.reason])
            w.element("textarea", ["id": id + "-reason", "name": "reason", "required": "required", "rows": "3"], text: "")
            w.element("button", ["type": "submit"], text: strings[.recordDecision])
        }
    }
}
