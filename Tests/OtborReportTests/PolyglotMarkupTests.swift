import Foundation
import OtborCore
@testable import OtborReport
import OtborTestSupport
import Testing

/// Every report reads the same to an HTML5 parser and to an XML parser: namespaces, no
/// self-closed HTML elements except void ones, no block element inside a paragraph (which an
/// HTML parser would close early), table rows inside row groups, no external resources.
struct PolyglotMarkupTests {
    static func reports() -> [(String, String)] {
        let fixture = ReportFixture()
        return [
            ("candidate", CandidateReport(fixture.candidateInput()).render()),
            ("large", CandidateReport(LargeFixture.candidate(competencies: 20, stages: 8, assessors: 3), language: .en).render()),
            ("comparison", ComparisonReport(fixture.comparisonInput()).render()),
            ("raters", RatersReport(fixture.ratersInput()).render()),
            ("index", IndexReport(fixture.indexInput()).render()),
        ]
    }

    @Test("XHTML and SVG namespaces, void elements only self-closed, row groups, no block inside <p>, nothing external")
    func polyglot() throws {
        let blocks = ["div", "p", "ul", "ol", "dl", "table", "section", "blockquote", "figure", "h1", "h2", "h3", "h4", "footer", "header"]
        let svgShapes: Set<String> = ["line", "circle", "rect", "polygon", "polyline", "path"]
        for (kind, html) in Self.reports() {
            let report = try ParsedMarkup(html)
            #expect(try report.count("/*[local-name()='html'][namespace-uri()='http://www.w3.org/1999/xhtml']") == 1, "\(kind)")
            #expect(try report.count(el("svg", "namespace-uri()!='http://www.w3.org/2000/svg'")) == 0, "\(kind)")
            #expect(try report.count(el("head") + "/*[1][local-name()='meta'][@charset='utf-8']") == 1, "\(kind)")
            let inParagraph = blocks.map { "local-name()='\($0)'" }.joined(separator: " or ")
            #expect(try report.count(el("p") + "//*[\(inParagraph)]") == 0, "\(kind)")
            #expect(try report.count(el("tr", "not(parent::*[local-name()='thead' or local-name()='tbody'])")) == 0, "\(kind)")
            let selfClosed = try NSRegularExpression(pattern: "<([a-zA-Z]+)[^<>]*/>").matches(in: html, range: NSRange(html.startIndex..., in: html))
                .compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } }
            #expect(Set(selfClosed).isSubset(of: svgShapes.union(["meta", "br", "col"])), "\(kind): \(Set(selfClosed))")
            #expect(try report.count("//@src") == 0, "\(kind)")
            #expect(try report.attribute("href", of: el("a")).allSatisfy(ReportFileName.isLinkable), "\(kind)")
            #expect(!html.contains("http://") || html.replacingOccurrences(of: "http://www.w3.org/", with: "").contains("http://") == false, "\(kind)")
            #expect(!html.contains("https://"), "\(kind)")
        }
    }
}
