import OtborCore
import OtborHTML

/// `header`: the profile, how many stages were rated, when, and what the figures mean.
struct RatersHeaderSection: HTMLComponent {
    let input: RatersReportInput
    /// The profile's title in the report language.
    let title: String
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        w.element("section", ["id": "header"]) { w in
            w.element("p", ["class": "muted"], text: strings[.ratersReport])
            w.element("h1", text: title)
            w.element("dl", ["class": "facts"]) { w in
                w.fact(strings[.profile]) { w in w.text(title + " (" + input.profile.id + ")") }
                w.fact(strings[.stagesShort]) { w in w.text(String(input.report.stages.count)) }
                w.fact(strings[.generatedAt]) { w in w.isolated(strings.dates.dayAndTime(input.generatedAt)) }
            }
            w.muted(strings[.ratersExplained])
        }
    }
}
