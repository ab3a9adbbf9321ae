import OtborCore
import OtborHTML

/// `radar`: the competency scores against the required levels, one spoke per requirement.
struct RadarSection: HTMLComponent {
    let context: CandidateContext

    func write(to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers
        w.section("radar", heading: s[.radarTitle]) { w in
            let axes = context.input.profile.requirements.map { requirement -> RadarChart.Axis in
                let name = context.competencyName(requirement.competency)
                let value = context.scores[requirement.competency]?.value
                let shown = value.map { n.fixed($0, 2) } ?? s[.notAssessed]
                return RadarChart.Axis(id: requirement.competency, label: name, required: requirement.level, value: value,
                                       tooltip: name + ": " + shown + " (" + s[.required] + " " + String(requirement.level) + ")")
            }
            w.element("figure", ["class": "keep"]) { w in
                RadarChart(axes: axes, title: s[.radarTitle]).write(to: &w)
                w.element("figcaption", ["class": "legend"]) { w in
                    w.element("span", text: "- - - " + s[.requiredLevel])
                    w.element("span", text: "━ " + s[.candidateScore])
                    w.element("span", text: "○ " + s[.notAssessed])
                    w.element("span", text: s[.radarRings])
                }
            }
        }
    }
}
