import OtborCore
import OtborHTML

/// `decision`: every recorded decision with its reason, author and time; the last one is current.
struct DecisionSection: HTMLComponent {
    let context: CandidateContext

    func write(to w: inout HTMLWriter) {
        let s = context.strings
        let decisions = context.input.decisions
        w.section("decision", heading: s[.decisionTitle]) { w in
            guard !decisions.isEmpty else {
                w.muted(s[.noDecision])
                return
            }
            w.element("table", ["class": "decisions"]) { w in
                w.headerRow([s[.decision], s[.reason], s[.by], s[.when]])
                w.element("tbody") { w in
                    for (index, decision) in decisions.enumerated() {
                        let current = index == decisions.count - 1
                        w.element("tr", ["class": current ? "current" : nil, "data-decision": decision.decision.rawValue]) { w in
                            w.element("td") { w in
                                w.element(current ? "strong" : "span", text: s.decision(decision.decision))
                                if current { w.text(" (" + s[.current] + ")") }
                            }
                            w.element("td") { w in w.person(decision.reason) }
                            w.element("td") { w in w.person(decision.decidedBy) }
                            w.element("td") { w in w.isolated(context.strings.dates.dayAndTime(decision.decidedAt)) }
                        }
                    }
                }
            }
            w.muted(s[.decisionHuman])
        }
    }
}
