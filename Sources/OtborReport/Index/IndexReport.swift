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
        let s = ReportStrings(language)
        let page = Page.report(title: s[.indexReport] + " — " + Page.isolated(input.title), kind: "index-report", strings: s, generatedAt: input.generatedAt)
        return page.render(capacity: 16 * 1024 + (input.candidates.count + input.comparisons.count) * 256) { w in
            w.element("section", ["id": "header"]) { w in
                w.element("p", ["class": "muted"], text: s[.indexReport])
                w.element("h1") { w in w.person(input.title) }
            }
            for (id, heading, links) in [("comparisons", s[.comparisonReports], input.comparisons),
                                         ("raters", s[.ratersReports], input.raters),
                                         ("candidates", s[.candidateReports], input.candidates)] {
                w.element("section", ["id": id]) { w in
                    w.element("h2", text: heading + " (" + String(links.count) + ")")
                    guard !links.isEmpty else {
                        w.muted(s[.none])
                        return
                    }
                    w.element("ul", ["class": "reports"]) { w in
                        for link in links {
                            w.element("li") { w in
                                if ReportFileName.isLinkable(link.file) {
                                    w.element("a", ["class": "report-link", "href": link.file]) { w in w.person(link.title) }
                                } else {
                                    w.person(link.title)
                                }
                                if let note = link.note {
                                    w.text(" — ")
                                    w.person(note)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
