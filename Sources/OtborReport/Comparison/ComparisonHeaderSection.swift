import OtborCore
import OtborHTML

/// `header`: which profile the candidates are compared for, how many candidates and required
/// competencies, and when.
struct ComparisonHeaderSection: HTMLComponent {
    let context: ComparisonContext
    /// The profile's title in the report language.
    let title: String

    func write(to w: inout HTMLWriter) {
        let strings = context.strings, input = context.input
        let requirements = input.profile.requirements
        let critical = requirements.filter(\.critical).count
        w.element("section", ["id": "header"]) { w in
            w.element("p", ["class": "muted"], text: strings[.comparisonReport])
            w.element("h1", text: title)
            w.element("p", ["class": "lead"], text: strings.count(context.ordered.count, .comparedCandidate) + ", "
                + strings.count(requirements.count, .requiredCompetency)
                + (critical > 0 ? " (" + strings.count(critical, .criticalOnes) + ")" : ""))
            w.element("dl", ["class": "facts"]) { w in
                w.fact(strings[.profile]) { w in w.titled(title, id: input.profile.id) }
                w.fact(strings[.generatedAt]) { w in w.isolated(strings.dates.dayAndTime(input.generatedAt)) }
            }
        }
    }
}
