import OtborCore
@testable import OtborReport
import OtborTestSupport
import Testing

/// The raters report, parsed with libxml2 (the index page is in `IndexReportTests`).
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
}
