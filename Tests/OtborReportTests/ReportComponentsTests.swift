import OtborCore
@testable import OtborReport
import OtborTestSupport
import Testing

/// Each report is its list of section components inside the print frame, and nothing in the
/// sections needs `'unsafe-inline'`: they could stand in an app-shell page under a strict CSP.
struct ReportComponentsTests {
    @Test("every report's body is exactly its listed sections, followed by the page footer")
    func sectionsMakeTheBody() {
        let fixture = ReportFixture()
        let ru = ReportStrings(.ru)
        let candidateInput = fixture.candidateInput(), comparisonInput = fixture.comparisonInput()
        let candidate = CandidateReport(candidateInput), comparison = ComparisonReport(comparisonInput)
        let raters = RatersReport(fixture.ratersInput()), index = IndexReport(fixture.indexInput())
        let title = comparisonInput.profile.title.text(in: .ru), ratersTitle = raters.input.profile.title.text(in: .ru)
        let cases: [(kind: String, html: String, sections: [String])] = [
            ("candidate", candidate.render(), candidate.sections(CandidateContext(input: candidateInput, strings: ru)).map { $0.renderFragment() }),
            ("comparison", comparison.render(),
             comparison.sections(ComparisonContext(input: comparisonInput, strings: ru), title: title).map { $0.renderFragment() }),
            ("raters", raters.render(), raters.sections(ru, title: ratersTitle).map { $0.renderFragment() }),
            ("index", index.render(), index.sections(ru).map { $0.renderFragment() }),
        ]
        for (kind, html, sections) in cases {
            #expect(sections.count >= 3, "\(kind)")
            #expect(sections.allSatisfy { $0.hasPrefix("<section") && $0.hasSuffix("</section>") }, "\(kind)")
            #expect(html.contains("-report\">" + sections.joined() + "<footer class=\"page-footer\">"), "\(kind)")
        }
    }

    @Test("no report markup relies on inline script or style: no on… or style attributes, no scripts, <style> only in <head>")
    func strictCSPReady() throws {
        for (kind, html) in PolyglotMarkupTests.reports() {
            let report = try ParsedMarkup(html)
            #expect(try report.count("//@*[starts-with(local-name(), 'on')]") == 0, "\(kind)")
            #expect(try report.count("//@style") == 0, "\(kind)")
            #expect(try report.count(el("script")) == 0, "\(kind)")
            // The stylesheet, then the page rule with the running header of printed pages.
            #expect(try report.count(el("style")) == 2 && report.count(el("head") + el("style")) == 2, "\(kind)")
            #expect(try report.nodes(el("style")).last?.stringValue?.hasPrefix("@page { @top-left { content: \"") == true, "\(kind)")
        }
    }
}
