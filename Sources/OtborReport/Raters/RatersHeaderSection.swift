import OtborCore
import OtborHTML

/// `header`: the profile, how many stages were rated and by how many assessors, when, and what
/// the figures mean.
struct RatersHeaderSection: HTMLComponent {
    let input: RatersReportInput
    /// The profile's title in the report language.
    let title: String
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        let stages = input.report.stages
        let assessors = Set(stages.flatMap(\.assessors)).count
        w.element("section", ["id": "header"]) { w in
            w.element("p", ["class": "muted"], text: strings[.ratersReport])
            w.element("h1", text: title)
            w.element("p", ["class": "lead"], text: strings.count(stages.count, .ratedStage) + ", "
                + strings.count(assessors, .panelAssessor))
            w.element("dl", ["class": "facts"]) { w in
                w.fact(strings[.profile]) { w in w.titled(title, id: input.profile.id) }
                w.fact(strings[.generatedAt]) { w in w.isolated(strings.dates.dayAndTime(input.generatedAt)) }
            }
            w.muted(strings[.ratersExplained])
        }
    }
}
