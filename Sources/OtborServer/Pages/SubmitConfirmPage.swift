import OtborCore
import OtborHTML

/// The question before an interview is submitted: the steps still without an answer (they will
/// count as not assessed) with links back to them, and the button that submits.
struct SubmitConfirmPage: HTMLComponent {
    /// A step without an answer: its number on the scoring page and what it is.
    struct Gap: Sendable {
        var number: Int
        var key: String
        var title: String
    }

    var strings: ConsoleStrings
    var session: SessionID
    var gaps: [Gap]
    /// The sitting's seconds the page was asked with, passed on to the submit.
    var seconds: String
    var csrfToken: String?

    func write(to w: inout HTMLWriter) {
        w.element("h1", text: strings[.confirmSubmitTitle])
        if gaps.isEmpty {
            w.element("p", text: strings[.allAnswered])
        } else {
            w.element("p", ["class": "alert"], text: strings[.unansweredLead])
            w.element("ul", ["class": "gaps"]) { w in
                for gap in gaps {
                    w.element("li") { w in
                        w.element("a", ["href": "/interviews/\(session)#step-\(gap.number)"],
                                  text: strings(.stepNumber, ["number": String(gap.number)]) + " — " + gap.title)
                        w.text(" ")
                        w.element("span", ["class": "id", "translate": "no"], text: gap.key)
                    }
                }
            }
        }
        w.element("p", text: strings[.lockedAfterSubmit])
        w.element("div", ["class": "step-actions"]) { w in
            w.element("form", ["method": "post", "action": "/interviews/\(session)/submit", "class": "sitting-form"]) { w in
                CSRFField(token: csrfToken).write(to: &w)
                w.empty("input", ["type": "hidden", "name": "seconds", "value": seconds])
                w.empty("input", ["type": "hidden", "name": "confirmed", "value": "yes"])
                w.element("button", ["type": "submit", "id": "confirm-submit"], text: strings[.confirmSubmit])
            }
            w.element("a", ["href": "/interviews/\(session)#finish"], text: strings[.backToInterview])
        }
    }
}
