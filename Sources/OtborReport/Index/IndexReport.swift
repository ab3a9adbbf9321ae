import OtborCore
import OtborHTML

/// The index page of a run: a dashboard per profile, with links to every report.
///
/// Sections (`<section id="…">`): `header`, `legend`, then one `<section class="profile"
/// id="profile-N" data-profile="ID">` per profile (or `profiles` saying there are none).
///
/// Hooks for tests and tools (stable):
/// - `<p class="counts">` with the profile's candidates and stages, counted in words;
/// - `<a class="report-link" data-report="comparison|raters|candidate" href="FILE">` for every
///   report with a safe link: a relative file name or a console path under `/reports/` (``ReportLink``);
/// - `<table class="dashboard">`: one `<tr data-candidate="ID" data-rank="N" data-hurdle="passed|incomplete|failed">`
///   per candidate in ranking order, with `data-decision` (the last decision) and
///   `data-retention` (`yyyy-mm-dd`) when there is one;
/// - in each row `<ol class="pipeline">` with one `<li class="stage done|in-progress|not-started"
///   data-stage="GUIDE" data-progress="…">` per stage in process order: the stage's number and
///   ✓ ◐ ○, its title and progress in `title` and `aria-label`;
/// - `<ol class="stage-key">`: the stages' numbers and titles.
public struct IndexReport: Sendable {
    public var input: IndexReportInput
    public var language: ContentLanguage

    /// A report in `language` (Russian by default): report wording from ``ReportStrings``, content
    /// in the language the data has, falling back to Russian.
    public init(_ input: IndexReportInput, language: ContentLanguage = .ru) {
        self.input = input
        self.language = language
    }

    /// The HTML document.
    public func render() -> String {
        let s = ReportStrings(language, timeZone: input.timeZone)
        let page = Page.report(title: s[.indexReport] + " — " + Page.isolated(input.title), kind: "index-report", strings: s,
                               generatedAt: input.generatedAt)
        let rows = input.profiles.reduce(0) { $0 + $1.rows.count }
        return page.render(HTMLFragment(sections(s)), capacity: 16 * 1024 + rows * 2 * 1024)
    }

    /// The sections of the page, in order.
    func sections(_ s: ReportStrings) -> [any HTMLComponent] {
        var sections: [any HTMLComponent] = [IndexHeaderSection(input: input, strings: s), IndexLegendSection(strings: s)]
        if input.profiles.isEmpty {
            sections.append(IndexNoProfilesSection(strings: s))
        }
        for (index, profile) in input.profiles.enumerated() {
            sections.append(IndexProfileSection(profile: profile, number: index + 1, strings: s))
        }
        return sections
    }
}
