import OtborCore
import OtborHTML

/// `plan`: a hired candidate's 90-day development plan (ИПР, ``DevelopmentPlan``), one row per
/// competency with its evidence, action, target and check date.
struct PlanSection: HTMLComponent {
    let context: CandidateContext
    let plan: DevelopmentPlan

    func write(to w: inout HTMLWriter) {
        let s = context.strings, n = context.numbers, language = context.language
        w.section("plan", heading: s[.planTitle]) { w in
            w.muted(s[.planExplained] + " " + s.dates.day(plan.start) + ".")
            guard !plan.items.isEmpty else {
                w.muted(s[.planNoGaps])
                return
            }
            w.element("table", ["class": "plan"]) { w in
                w.headerRow([s[.competency], s[.planObserved], s[.planAction], s[.planCheck]])
                w.element("tbody") { w in
                    for item in plan.items {
                        w.element("tr", ["data-competency": item.competency, "data-check-day": String(item.checkDay)]) { w in
                            w.element("th", ["scope": "row"]) { w in
                                w.text(context.competencyName(item.competency))
                                if let requirement = context.input.profile.requirement(for: item.competency) {
                                    RequirementMarks(requirement: requirement, strings: s).write(to: &w)
                                }
                                w.empty("br")
                                w.text(n.fixed(item.score, 2) + " / " + String(item.required))
                            }
                            w.element("td", text: item.evidence.map { context.stageTitle($0.stage) + " " + n.fixed($0.score, 2) }
                                .joined(separator: "; "))
                            w.element("td") { w in
                                w.text(item.action?.text(in: language) ?? s[.planNoAction])
                                if let target = item.target {
                                    w.element("p", ["class": "target"], text: s[.planTarget] + ": " + target.text(in: language))
                                }
                            }
                            w.element("td", text: s[.planDay] + " " + String(item.checkDay) + " · " + s.dates.day(item.checkDate))
                        }
                    }
                }
            }
        }
    }
}
