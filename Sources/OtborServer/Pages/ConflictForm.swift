import OtborCore
import OtborHTML

/// The observer's declaration of a conflict of interest with the candidate of an interview, at the
/// foot of their scoring page: why (knows them, a former colleague, a relative, another reason),
/// posted to `/interviews/{id}/conflict` with the CSRF token. Folded away: it is rarely needed.
struct ConflictForm: HTMLComponent {
    var strings: ConsoleStrings
    var session: SessionID
    var csrfToken: String?

    func write(to w: inout HTMLWriter) {
        w.element("details", ["class": "conflict"]) { w in
            w.element("summary", text: strings[.conflictSummary])
            w.element("p", ["class": "note"], text: strings[.conflictLead])
            w.element("form", ["method": "post", "action": "/interviews/\(session)/conflict", "class": "conflict-form"]) { w in
                CSRFField(token: csrfToken).write(to: &w)
                w.element("label", ["for": "conflict-reason"], text: strings[.conflictReason])
                w.element("select", ["id": "conflict-reason", "name": "reason", "required": "required"]) { w in
                    for reason in ConflictOfInterest.Reason.allCases {
                        w.element("option", ["value": reason.rawValue], text: strings.conflictReason(reason))
                    }
                }
                w.element("button", ["type": "submit", "class": "secondary"], text: strings[.conflictDeclare])
            }
        }
    }
}
