import OtborCore
@testable import OtborReport
import OtborTestSupport
import Testing

/// Hostile person text through every report: markup, attribute breakers, entities, quotes, emoji,
/// an RTL override, a 5,000-character name and a control character.
struct HostileTextTests {
    static let script = "<script>alert(1)</script>"
    static let attributeBreaker = "\"onmouseover=alert(1) x=\""
    static let pieces = [
        script, attributeBreaker, "&lt;", "'", "🙂", "\u{202E}txt.exe", "bell\u{0007}", "]]>",
        // CSS and URL injections, comments, CDATA, NUL, escape, line breaks, a template.
        "</style><style>body{display:none}</style>", "url(javascript:alert(1))", "javascript:alert(1)",
        "data:text/html,<b>x</b>", "<img src=x onerror=alert(1)>", "<!-- x -->", "<![CDATA[x]]>",
        "nul\u{0000}", "esc\u{001B}[31m", "line\r\nbreak", "\u{2066}isolate\u{2069}", "{{7*7}}",
    ]
    static let long = String(repeating: "Щ", count: 5000)

    static var hostile: String { pieces.joined(separator: " ") }

    static var fixture: ReportFixture {
        var people = ReportFixture.People()
        people.candidateName = hostile + " " + long
        people.candidateID = script + attributeBreaker
        people.source = hostile
        people.assessors = [script + " Анна", attributeBreaker + " Борис", "&lt;🙂\u{202E} Вера\u{0007}"]
        people.note = { key in key + ": " + hostile }
        people.rationale = hostile
        people.reason = hostile
        people.decider = attributeBreaker + "'"
        people.runTitle = hostile
        return ReportFixture(people: people)
    }

    static func reports(_ language: ContentLanguage) -> [(String, String)] {
        let fixture = fixture
        var index = fixture.indexInput()
        index.profiles[0].comparisonFile = hostile
        index.profiles[0].rows[1].reportFile = hostile
        return [
            ("candidate", CandidateReport(fixture.candidateInput(), language: language).render()),
            ("comparison", ComparisonReport(fixture.comparisonInput(), language: language).render()),
            ("raters", RatersReport(fixture.ratersInput(), language: language).render()),
            ("index", IndexReport(index, language: language).render()),
        ]
    }

    /// The elements a report may carry that load or run something, counted in a report of plain text.
    static let active = ["script", "style", "link", "img", "iframe", "object", "embed", "base", "meta"]

    @Test("no unescaped markup reaches any report; the hostile text is shown as text", arguments: ContentLanguage.allCases)
    func hostileText(_ language: ContentLanguage) throws {
        let clean = ReportFixture()
        var cleanIndex = clean.indexInput()
        cleanIndex.profiles[0].comparisonFile = "x"
        cleanIndex.profiles[0].rows[1].reportFile = "x"
        let plain = [
            CandidateReport(clean.candidateInput(), language: language).render(),
            ComparisonReport(clean.comparisonInput(), language: language).render(),
            RatersReport(clean.ratersInput(), language: language).render(),
            IndexReport(cleanIndex, language: language).render(),
        ]
        for ((kind, html), plain) in zip(Self.reports(language), plain) {
            let report = try ParsedMarkup(html), baseline = try ParsedMarkup(plain)
            for name in Self.active {
                #expect(try report.count(el(name)) == baseline.count(el(name)), "\(kind): <\(name)> elements")
            }
            #expect(try report.count("//@*[starts-with(normalize-space(.), 'data:')]") == 0, "\(kind)")
            #expect(try report.count("//@style[contains(., 'url(')]") == 0, "\(kind)")
            #expect(!html.contains("\u{0000}") && !html.contains("\u{001B}"), "\(kind)")
            // The raters report shows assessors' names only; the others show the whole hostile text.
            if kind != "raters" { #expect(try report.count("//text()[contains(., '</style><style>')]") >= 1, "\(kind)") }
            #expect(try report.count(el("script")) == 0, "\(kind)")
            #expect(try report.count("//@*[starts-with(local-name(), 'on')]") == 0, "\(kind)")
            #expect(try report.count("//@*[starts-with(normalize-space(.), 'javascript')]") == 0, "\(kind)")
            #expect(try report.count("//text()[contains(., '<script>alert(1)</script>')]") >= 1, "\(kind)")
            #expect(try report.count("//text()[contains(., '&lt;')]") >= 1, "\(kind)")
            #expect(!html.contains("<script"), "\(kind)")
            #expect(!html.contains("\u{0007}"), "\(kind)")
            #expect(html.contains("🙂"), "\(kind)")
            #expect(report.html.contains(language == .en ? "lang=\"en\"" : "lang=\"ru\""))
        }
    }

    @Test("hostile text in attributes comes back intact as attribute values, never as attributes")
    func attributes() throws {
        let fixture = Self.fixture
        let report = try ParsedMarkup(CandidateReport(fixture.candidateInput()).render())
        let assessors = try report.attribute("data-assessor", of: el("div", "@class='session'"))
        #expect(Set(assessors) == Set(fixture.people.assessors.map { $0.replacingOccurrences(of: "\u{0007}", with: "") }))
        #expect(try report.count(el("h1") + el("bdi")) == 1)
        #expect(try report.nodes(el("h1")).first?.stringValue?.contains(Self.long) == true)
        let comparison = try ParsedMarkup(ComparisonReport(fixture.comparisonInput()).render())
        #expect(try comparison.attribute("data-candidate", of: el("table", "@class='ranking'") + el("tr", "@data-candidate"))
            .contains(Self.script + Self.attributeBreaker))
        // The hostile id becomes a safe file name.
        let href = ReportFileName.candidate(id: Self.script + Self.attributeBreaker)
        #expect(ReportFileName.isLinkable(href))
        #expect(try comparison.attribute("href", of: el("a")).contains(href))
    }

    @Test("English report wording appears with language en, also around hostile text")
    func english() throws {
        let html = CandidateReport(Self.fixture.candidateInput(), language: .en).render()
        let report = try ParsedMarkup(html)
        #expect(report.text.contains(ReportPhrase.candidateReport.english))
        #expect(report.text.contains(ReportPhrase.consensusTitle.english))
    }
}
