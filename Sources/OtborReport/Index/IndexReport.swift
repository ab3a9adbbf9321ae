import OtborCore
import OtborHTML

/// The index page of a run: links to every candidate, comparison and raters report.
///
/// Sections `candidates`, `comparisons`, `raters`, each a `<ul class="reports">` with one
/// `<li>` per link; a link is `<a class="report-link" href="FILE">` when `FILE` is a plain
/// relative report file name (``ReportFileName/isLinkable(_:)``), otherwise the title is shown
/// without a link.
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
        return page.render(HTMLFragment(sections(s)), capacity: 16 * 1024 + (input.candidates.count + input.comparisons.count) * 256)
    }

    /// The sections of the page, in order.
    func sections(_ s: ReportStrings) -> [any HTMLComponent] {
        [
            IndexHeaderSection(title: input.title, strings: s),
            IndexLinksSection(id: "comparisons", heading: s[.comparisonReports], links: input.comparisons, strings: s),
            IndexLinksSection(id: "raters", heading: s[.ratersReports], links: input.raters, strings: s),
            IndexLinksSection(id: "candidates", heading: s[.candidateReports], links: input.candidates, strings: s),
        ]
    }
}
