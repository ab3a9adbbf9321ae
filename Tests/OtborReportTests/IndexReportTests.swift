import Foundation
import OtborCore
@testable import OtborReport
import OtborTestSupport
import Testing

/// The index page, a dashboard per profile, parsed with libxml2.
struct IndexReportTests {
    static let rows = el("table", "@class='dashboard'") + el("tr", "@data-candidate")

    @Test("dashboard rows follow the ranking; each has one pipeline cell per stage in process order, with symbol and title",
          arguments: ContentLanguage.allCases)
    func pipeline(_ language: ContentLanguage) throws {
        let fixture = ReportFixture()
        let input = fixture.indexInput()
        let report = try ParsedMarkup(IndexReport(input, language: language).render())
        let comparison = fixture.comparisonInput()
        let ranking = Ranking(comparison.entries.map { (candidate: $0.candidate.id, name: $0.candidate.name, scorecard: $0.scorecard) })
        #expect(try report.attribute("data-candidate", of: Self.rows) == ranking.entries.map(\.candidate))
        #expect(try report.attribute("data-rank", of: Self.rows) == ["1", "2", "3", "4"])
        #expect(try report.attribute("data-hurdle", of: Self.rows) == ranking.entries.map(\.hurdle.rawValue))
        let symbols: [StageProgress: String] = [.done: "✓", .inProgress: "◐", .notStarted: "○"]
        let titles = ["hr": "Интервью с HR", "rp": "Ролевая игра", "cs": "Кейс", "grp": "Групповое упражнение"]
        for id in ranking.entries.map(\.candidate) {
            let cells = Self.rows.replacingOccurrences(of: "[@data-candidate]", with: "[@data-candidate='\(id)']")
                + el("ol", "@class='pipeline'") + el("li")
            let expected = ["hr", "rp", "cs", "grp"].map { fixture.progress[id]?[$0] ?? .notStarted }
            #expect(try report.attribute("data-stage", of: cells) == ["hr", "rp", "cs", "grp"])
            #expect(try report.attribute("data-progress", of: cells) == expected.map(\.rawValue), "\(id)")
            #expect(try report.attribute("class", of: cells) == expected.map { "stage " + $0.rawValue })
            #expect(try report.nodes(cells + el("span", "@class='mark'")).map(\.stringValue) == expected.map { symbols[$0] })
            #expect(try report.nodes(cells + el("span", "@class='code'")).map(\.stringValue) == ["1", "2", "3", "4"])
            let labels = try report.attribute("title", of: cells)
            #expect(try labels == report.attribute("aria-label", of: cells))
            let words = ReportStrings(language)
            #expect(labels.first == "1. " + (language == .ru ? titles["hr"]! : "HR interview") + ": " + words.progress(expected[0]).text)
        }
        #expect(try report.nodes(el("ol", "@class='stage-key'") + el("li")).map(\.stringValue)
            == input.profiles[0].stages.enumerated().map { "\($0.offset + 1) " + $0.element.displayTitle(in: language) })
        let legend = try #require(try report.nodes(el("section", "@id='legend'")).first?.stringValue)
        for progress in StageProgress.allCases { #expect(legend.contains(symbols[progress]! + " " + ReportStrings(language).progress(progress).text)) }
    }

    @Test("links to the comparison, the raters and each candidate's report; file names that are not plain report names are not linked")
    func links() throws {
        var input = ReportFixture().indexInput()
        let report = try ParsedMarkup(IndexReport(input).render())
        let ranked = input.profiles[0].rows.map(\.candidate.id)
        #expect(try report.attribute("href", of: el("a", "@class='report-link'"))
            == ["compare-ssm.html", "raters-ssm.html"] + ranked.map { ReportFileName.candidate(id: $0) })
        #expect(try report.attribute("data-report", of: el("a")) == ["comparison", "raters"] + ranked.map { _ in "candidate" })

        input.profiles[0].ratersFile = nil
        for (index, file) in ["javascript:alert(1)", "../../etc/passwd.html", "https://example.com/x.html"].enumerated() {
            input.profiles[0].rows[index].reportFile = file
        }
        let unsafe = try ParsedMarkup(IndexReport(input).render())
        #expect(try unsafe.attribute("href", of: el("a")) == ["compare-ssm.html", ReportFileName.candidate(id: ranked[3])])
        #expect(try unsafe.nodes(Self.rows + el("td", "@class='name'")).compactMap(\.stringValue)
            == input.profiles[0].rows.map(\.candidate.name))
        #expect(!unsafe.html.contains("javascript:"))
    }

    @Test("counts in words with Russian and English plural forms", arguments: [
        (ContentLanguage.ru, 1, "1 профиль, 1 кандидат", "1 кандидат, 4 этапа"),
        (.ru, 3, "1 профиль, 3 кандидата", "3 кандидата, 4 этапа"),
        (.ru, 5, "1 профиль, 5 кандидатов", "5 кандидатов, 4 этапа"),
        (.ru, 21, "1 профиль, 21 кандидат", "21 кандидат, 4 этапа"),
        (.en, 1, "1 profile, 1 candidate", "1 candidate, 4 stages"),
        (.en, 5, "1 profile, 5 candidates", "5 candidates, 4 stages"),
    ])
    func counts(_ language: ContentLanguage, rows: Int, header: String, profile: String) throws {
        var input = ReportFixture().indexInput()
        let base = input.profiles[0].rows
        input.profiles[0].rows = (0..<rows).map { index in
            var row = base[index % base.count]
            row.candidate.id = "c-" + String(index + 1)
            return row
        }
        let report = try ParsedMarkup(IndexReport(input, language: language).render())
        let counts = try report.nodes(el("p", "@class='counts'")).compactMap { $0.stringValue?.replacingOccurrences(of: "\u{00A0}", with: " ") }
        #expect(counts == [header, profile])
        #expect(try report.count(Self.rows) == rows)
    }

    @Test("the last decision as a word and a date, S100 with its interval, the retention deadline in words and marked when overdue",
          arguments: [
              (ContentLanguage.ru, "пригласить на следующий этап", "отказать", "2 марта 2026", "1 апреля 2026", "14 февраля 2026", "срок прошёл"),
              (.en, "advance", "reject", "2 March 2026", "1 April 2026", "14 February 2026", "overdue"),
          ])
    func decisionsAndDeadlines(
        _ language: ContentLanguage, advance: String, reject: String, decided: String, deadline: String, overdueDay: String,
        overdue: String
    ) throws {
        let fixture = ReportFixture()
        let report = try ParsedMarkup(IndexReport(fixture.indexInput(), language: language).render())
        func row(_ id: String) -> String { Self.rows.replacingOccurrences(of: "[@data-candidate]", with: "[@data-candidate='\(id)']") }
        func text(_ xpath: String) throws -> String? {
            try report.nodes(xpath).first?.stringValue?.replacingOccurrences(of: "\u{00A0}", with: " ")
        }
        let main = fixture.people.candidateID
        #expect(try report.attribute("data-decision", of: row(main)) == ["advance"])
        #expect(try text(row(main) + el("td", "@class='decision'")) == advance + decided)
        #expect(try text(row(main) + el("td", "contains(@class, 'retention')")) == "—")
        #expect(try text(row("c-004") + el("td", "@class='decision'")) == reject + decided)
        #expect(try report.attribute("data-retention", of: row("c-004")) == ["2026-04-01"])
        #expect(try text(row("c-004") + el("td", "@class='retention'")) == deadline)
        #expect(try text(row("c-002") + el("td", "@class='retention overdue'")) == "⚠ " + overdueDay + overdue)
        #expect(try text(row("c-002") + el("td", "contains(@class, 'decision')")) == "—")
        let scores = try report.nodes(Self.rows + el("span", "@class='s100'")).compactMap(\.stringValue)
        #expect(!scores.isEmpty)
        for score in scores {
            #expect(score.wholeMatch(of: language == .ru ? /\d{1,3},\d/ : /\d{1,3}\.\d/) != nil, "\(score)")
        }
        #expect(try report.count(Self.rows + el("span", "@class='ci'")) == report.count(Self.rows + el("span", "@class='s100'")))
    }

    @Test("a Russian page has no English words besides S100 and Otbor; an English one no Cyrillic outside person text",
          arguments: ContentLanguage.allCases)
    func oneLanguage(_ language: ContentLanguage) throws {
        let report = try ParsedMarkup(IndexReport(ReportFixture().indexInput(), language: language).render())
        let shown = try report.nodes(el("body") + "//text()[not(ancestor::*[local-name()='bdi'])]").compactMap(\.stringValue).joined(separator: " ")
        if language == .ru {
            let latin = Set(shown.matches(of: /[A-Za-z][A-Za-z0-9]*/).map { String($0.output) })
            #expect(latin.isSubset(of: ["S100", "Otbor", "HR"]), "\(latin)")
        } else {
            #expect(shown.firstMatch(of: /\p{Script=Cyrillic}/) == nil, "\(shown)")
        }
    }

    @Test("a run without profiles says so")
    func noProfiles() throws {
        var input = ReportFixture().indexInput()
        input.profiles = []
        let report = try ParsedMarkup(IndexReport(input, language: .en).render())
        #expect(try report.nodes(el("section", "@id='profiles'")).first?.stringValue?.contains(ReportPhrase.noProfilesYet.english) == true)
        #expect(try report.count(el("table")) == 0)
    }
}
