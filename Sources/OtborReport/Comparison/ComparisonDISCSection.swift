import OtborCore
import OtborHTML

/// `disc`: each candidate's DISC style and fit to the profile's target, as context for
/// onboarding — listed in ranking order, never sorted or ranked by DISC — with the caveat.
struct ComparisonDISCSection: HTMLComponent {
    let context: ComparisonContext

    func write(to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        let target = context.input.profile.disc
        w.section("disc", heading: s[.discContextTitle]) { w in
            w.element("p", ["class": "warning caveat"], text: DISCResult.caveat.text(in: s.language))
            if let target { w.element("p", text: s[.discTarget] + ": " + target.description) }
            w.element("table", ["class": "disc-context"]) { w in
                w.headerRow([s[.candidate], s[.discStyle], "D", "I", "S", "C", s[.discFit]], numeric: [2, 3, 4, 5, 6])
                w.element("tbody") { w in
                    for entry in context.ordered {
                        w.element("tr", ["data-candidate": entry.candidate.id]) { w in
                            w.element("th", ["scope": "row"]) { w in context.writeName(entry, to: &w) }
                            guard let disc = entry.disc else {
                                w.element("td", ["class": "muted", "colspan": "6"], text: s[.discNotTaken])
                                return
                            }
                            let code = disc.style
                            w.element("td", text: code.description + (code.isAmbiguous ? " (" + s[.discAmbiguous] + ")" : ""))
                            for value in disc.composite.values { w.numberCell(DISCGraph.signed(value)) }
                            w.numberCell(target.flatMap { disc.fit(to: $0) }.map { n.fixed($0, 2) } ?? "—")
                        }
                    }
                }
            }
        }
    }
}
