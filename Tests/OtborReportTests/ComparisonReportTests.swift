import OtborCore
@testable import OtborReport
import OtborTestSupport
import Testing

/// The comparison report of a profile, parsed with libxml2.
struct ComparisonReportTests {
    static let input = ReportFixture().comparisonInput()
    static let ids = input.entries.map(\.candidate.id)

    static func parsed(language: ContentLanguage = .ru) throws -> ParsedMarkup {
        try ParsedMarkup(ComparisonReport(input, language: language).render())
    }

    @Test("the ranking lists every candidate once, in the order of the core's Ranking")
    func ranking() throws {
        let report = try Self.parsed()
        let rows = try report.attribute("data-candidate", of: el("table", "@class='ranking'") + el("tr", "@data-candidate"))
        #expect(rows.count == Self.ids.count)
        #expect(Set(rows) == Set(Self.ids))
        let expected = Ranking(Self.input.entries.map { (candidate: $0.candidate.id, name: $0.candidate.name, scorecard: $0.scorecard) })
            .entries.map(\.candidate)
        #expect(rows == expected)
        #expect(try report.attribute("data-rank", of: el("table", "@class='ranking'") + el("tr", "@data-candidate")) == ["1", "2", "3", "4"])
        #expect(try report.count(el("table", "@class='ranking'") + el("svg", "@class='interval'")) == Self.ids.count)
    }

    @Test("competencies × candidates: a row per required competency, a column per candidate, symbols in every scored cell")
    func matrix() throws {
        let report = try Self.parsed()
        let table = el("table", "@class='comparison'")
        #expect(try report.count(table) == 1)
        #expect(try report.attribute("data-competency", of: table + el("tr", "@data-competency"))
            == ReportContent.profile.requirements.map(\.competency))
        #expect(try report.count(table + el("th", "@data-candidate")) == Self.ids.count)
        let scored = try report.nodes(table + el("td", "@data-value"))
        #expect(scored.count == Self.ids.count * 5) // mentoring is never assessed
        #expect(scored.allSatisfy { cell in ["▼", "●", "▲"].contains { (cell.stringValue ?? "").contains($0) } })
        let mentoring = try report.nodes(table + el("tr", "@data-competency='mentoring'") + "/*[local-name()='td']")
        #expect(mentoring.map { $0.stringValue ?? "" } == ["3", "1,0"] + Array(repeating: "—", count: Self.ids.count))
    }

    @Test("identical neighbours form a not-separable group; hurdles and DISC context are listed")
    func groupsAndHurdles() throws {
        let report = try Self.parsed()
        let groups = try report.nodes(el("ul", "@class='not-separable'") + el("li", "@class='group'")).map { $0.stringValue ?? "" }
        #expect(groups.contains { $0.contains("Мария Кузнецова") && $0.contains("Иван Орлов") })
        #expect(try report.count(el("table", "@class='hurdles'") + el("tr", "@data-candidate")) == Self.ids.count)
        #expect(try report.count(el("section", "@id='disc'")) == 1)
        #expect(report.text.contains(DISCResult.caveat.ru))
    }

    @Test("the ranking leaves out columns that would be empty for everyone: groups when all are separable, the bootstrap when none has one",
          arguments: [(4, 8), (1, 6)])
    func rankingColumns(candidates: Int, columns: Int) throws {
        var input = Self.input
        input.entries = Array(input.entries.prefix(candidates))
        let report = try ParsedMarkup(ComparisonReport(input).render())
        let table = el("table", "@class='ranking'")
        #expect(try report.count(table + el("thead") + el("th")) == columns)
        for row in try report.attribute("data-candidate", of: table + el("tr", "@data-candidate")) {
            #expect(try report.count(table + el("tr", "@data-candidate='\(row)'") + "/*") == columns)
        }
    }

    @Test("candidate names link to their reports by relative file name only")
    func links() throws {
        let report = try Self.parsed()
        let hrefs = try report.attribute("href", of: el("a"))
        #expect(!hrefs.isEmpty)
        #expect(hrefs.allSatisfy(ReportFileName.isLinkable))
        #expect(Set(hrefs) == Set(Self.ids.map { ReportFileName.candidate(id: $0) }))
    }

    @Test("English wording with language en")
    func english() throws {
        let report = try Self.parsed(language: .en)
        #expect(report.html.contains("lang=\"en\""))
        #expect(report.text.contains(ReportPhrase.rankingTitle.english))
        #expect(report.text.contains("Senior support manager"))
    }
}
