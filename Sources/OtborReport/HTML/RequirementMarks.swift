import OtborCore
import OtborHTML

/// The marks after a requirement's name: ★ for a critical one (the hurdle; its title names the
/// tolerance the profile states), ° for a context one
/// (shown with its evidence, not in S). One place, so every table and section marks them alike.
struct RequirementMarks: HTMLComponent {
    let requirement: CompetencyRequirement
    let strings: ReportStrings
    /// The space before a mark: a no-break space where the name must not wrap away from it.
    var space = " "

    func write(to w: inout HTMLWriter) {
        if requirement.critical {
            let tolerance = requirement.tolerance.map { " · τ = " + CompactNumber.format($0) } ?? ""
            w.element("span", ["class": "critical", "title": strings[.critical] + tolerance], text: space + "★")
        }
        if !requirement.isScored {
            w.element("span", ["class": "context", "title": strings[.contextRequirement]], text: space + "°")
        }
    }
}
