import OtborCore
@testable import OtborReport
import OtborTestSupport
import Testing

/// The raters report and the index page, parsed with libxml2.
struct RatersAndIndexReportTests {
    @Test("raters: a section per stage with α and its band, ICC with intervals where the table is complete, leniency per assessor")
    func raters() throws {
        let input = ReportFixture().ratersInput()
        let report = try ParsedMarkup(RatersReport(input).render())
        #expect(try report.attribute("data-stage", of: el("section", "@class='stage'")) == ["hr", "rp", "cs"])
        #expect(try report.nodes(el("section", "@data-stage='rp'") + el("h2")).first?.stringValue == "Этап: Ролевая игра")
        for stage in input.report.stages {
            let section = el("section", "@data-stage='\(stage.stage)'")
            #expect(try report.attribute("data-metric", of: section + el("tr", "@data-metric")) == ["interval", "ordinal"])
            #expect(try report.attribute("data-assessor", of: section + el("table", "@class='leniency'") + el("tr")) == stage.assessors)
            #expect(try report.count(section + el("table", "@class='icc'") + el("tr", "@data-form")) == (stage.icc == nil ? 0 : 6))
        }
        #expect(input.report.stages.contains { $0.icc != nil })
        #expect(try report.count(el("table", "@class='drift'") + el("tr", "@data-assessor")) == input.report.drifts.count)
        let english = try ParsedMarkup(RatersReport(input, language: .en).render())
        #expect(english.text.contains(ReportPhrase.leniencyTitle.english))
    }

    @Test("index: a link per report; a file name that is not a plain relative report name is not linked")
    func index() throws {
        var input = ReportFixture().indexInput()
        input.candidates.append(.init(title: "Злой", file: "javascript:alert(1)"))
        input.candidates.append(.init(title: "Чужой", file: "../../etc/passwd.html"))
        input.candidates.append(.init(title: "Сеть", file: "https://example.com/x.html"))
        let report = try ParsedMarkup(IndexReport(input).render())
        let hrefs = try report.attribute("href", of: el("a", "@class='report-link'"))
        #expect(hrefs == ["compare-ssm.html", "raters-ssm.html", "candidate-c-001.html", "candidate-c-002.html"])
        #expect(report.text.contains("Злой") && report.text.contains("Чужой"))
        #expect(!report.html.contains("href=\"javascript"))
        #expect(try report.count(el("section")) == 4)
    }
}
