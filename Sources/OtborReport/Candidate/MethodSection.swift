import OtborHTML

/// `method`: how the figures of the report were made, in short (Docs/Scoring.md in full).
struct MethodSection: HTMLComponent {
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        let s = strings
        w.section("method", heading: s[.methodTitle]) { w in
            w.element("ul", ["class": "method"]) { w in
                for phrase in [ReportPhrase.methodRatings, .methodConverted, .methodStage, .methodCompetency, .methodHurdle,
                               .methodComposite, .methodInterval, .methodDISC] {
                    w.element("li", text: s[phrase])
                }
            }
        }
    }
}
