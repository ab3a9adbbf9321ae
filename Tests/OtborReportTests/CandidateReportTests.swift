import OtborCore
@testable import OtborReport
import OtborTestSupport
import Testing

/// The candidate report, parsed with libxml2 and queried with XPath.
struct CandidateReportTests {
    static let input = ReportFixture().candidateInput()
    static let required = ReportContent.profile.requirements.map(\.competency)

    static func parsed(_ input: CandidateReportInput = input, language: ContentLanguage = .ru) throws -> ParsedMarkup {
        try ParsedMarkup(CandidateReport(input, language: language).render())
    }

    @Test("the report is polyglot HTML5: doctype, XHTML namespace, language, charset, one inline stylesheet")
    func frame() throws {
        let report = try Self.parsed()
        #expect(report.html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ru\">"))
        #expect(report.html.contains("<meta charset=\"utf-8\"/>"))
        #expect(try report.count(el("style")) == 2) // the stylesheet, then the running header of printed pages
        #expect(try report.count(el("script")) == 0)
        #expect(try report.count(el("link")) == 0)
        #expect(try report.count(el("img")) == 0)
        #expect(try report.count(el("svg")) >= 2)
        #expect(try report.attribute("id", of: el("section")).prefix(4) == ["header", "summary", "radar", "matrix"])
    }

    @Test("the radar has one point per required competency, an unassessed one at the centre")
    func radar() throws {
        let report = try Self.parsed()
        #expect(try report.count(el("svg", "@class='radar'")) == 1)
        let points = try report.attribute("data-competency", of: el("svg", "@class='radar'") + el("circle", "contains(@class,'radar-point')"))
        #expect(points == Self.required)
        #expect(try report.attribute("data-competency", of: el("circle", "@data-assessed='false'")) == ["mentoring"])
    }

    @Test("the matrix has a row per competency and a column per stage run; the stage not run has neither column nor section")
    func matrix() throws {
        let report = try Self.parsed()
        let table = el("table", "@class='matrix'")
        #expect(try report.attribute("data-competency", of: table + el("tr", "@data-competency")) == Self.required)
        #expect(try report.attribute("data-stage", of: table + el("th", "@data-stage")) == ["hr", "rp", "cs"])
        #expect(try report.attribute("data-stage", of: el("section", "@class='stage'")) == ["hr", "rp", "cs"])
        #expect(try report.count(el("section", "@id='stage-grp'")) == 0)
        #expect(try report.count("//*[@data-stage='grp']") == 0)
        // Every matrix cell carries a symbol as well as a colour class.
        let cells = try report.nodes(table + el("td", "contains(@class,'below') or contains(@class,'above') or contains(@class,'cell at')"))
        #expect(!cells.isEmpty)
        #expect(cells.allSatisfy { cell in ["▼", "●", "▲"].contains { (cell.stringValue ?? "").contains($0) } })
        // The HR disagreement on negotiation was settled by consensus.
        #expect(try report.count(table + el("tr", "@data-competency='negotiation-conflict'") + "//*[@class='consensus-mark']") == 1)
    }

    @Test("a candidate who skipped a stage gets no column and no detail section for it")
    func stageNotRun() throws {
        var input = Self.input
        input.sessions.removeAll { $0.guide.id == "rp" }
        input.scorecard = ReportFixture().scorecard(input.sessions)
        let report = try Self.parsed(input)
        #expect(try report.attribute("data-stage", of: el("table", "@class='matrix'") + el("th", "@data-stage")) == ["hr", "cs"])
        #expect(try report.count(el("section", "@id='stage-rp'")) == 0)
        #expect(try report.count(el("tr", "@data-competency")) >= Self.required.count)
    }

    @Test("the summary puts the hurdle first, then S100 with its 95 % interval")
    func summary() throws {
        let report = try Self.parsed()
        let composite = try #require(Self.input.scorecard.composite)
        let summary = el("section", "@id='summary'")
        #expect(try report.attribute("data-hurdle", of: summary + "/*[local-name()='div'][1]")
            == [Self.input.scorecard.hurdle.passed ? "passed" : "failed"])
        #expect(try report.attribute("data-s100", of: summary + "/*[local-name()='div'][2]") == [NumberFormat.plain(composite.s100, 1)])
        #expect(try report.count(summary + el("svg", "@class='interval'")) == 1)
        #expect(try report.attribute("data-competency", of: summary + el("li", "@class='hurdle-failure'")) == ["negotiation-conflict"])
        #expect(try report.attribute("data-rule", of: summary + el("li", "@class='knockout'")) == ["ko-blame"])
        #expect(try report.attribute("data-flag", of: el("section", "@id='stage-hr'") + el("li", "@data-flag")) == ["rf-blame"])
        #expect(report.text.contains("95 % интервал"))
    }

    @Test("the summary names the hurdle tolerance the profile states, and a failure's level − τ")
    func statedTolerance() throws {
        var input = Self.input
        input.scorecard.hurdle.stated = ["negotiation-conflict": 0.5]
        input.scorecard.hurdle.failures = input.scorecard.hurdle.failures.map { failure in
            var failure = failure
            failure.tolerance = 0.5
            return failure
        }
        let report = try Self.parsed(input)
        let summary = el("section", "@id='summary'")
        #expect(try report.count(summary + el("p", "@class='muted stated-tolerance'")) == 1)
        #expect(report.text.contains("Допуск барьера, заданный профилем (не пройден ниже уровня − τ): "))
        #expect(report.text.contains("τ = 0,50"))
        #expect(report.text.contains(" 4 − τ 0,50 = 3,50"))
        // Without a stated tolerance, no such line.
        #expect(try Self.parsed().count(summary + el("p", "@class='muted stated-tolerance'")) == 0)
    }

    @Test("gaps and strengths carry the assessors' notes as quotes with the assessor's name")
    func evidence() throws {
        let report = try Self.parsed()
        let quotes = try report.nodes(el("blockquote", "@class='evidence'"))
        #expect(!quotes.isEmpty)
        let gapCompetencies = Self.input.scorecard.gaps.map(\.competency)
        let quoted = try report.attribute("data-competency", of: el("section", "@id='gaps'") + el("blockquote"))
        #expect(Set(quoted).isSubset(of: Set(gapCompetencies)))
        let plan = try report.nodes(el("blockquote", "@data-competency='planning'")).map { $0.stringValue ?? "" }
        #expect(plan.contains { $0.contains("Лекцию запланировала на 15 минут") && $0.contains("Анна Иванова") })
    }

    @Test("stage detail shows ratings, ticks, the classification and the working-day plan against the reference")
    func stageDetail() throws {
        let report = try Self.parsed()
        #expect(try report.attribute("data-assessor", of: el("section", "@id='stage-hr'") + el("div", "@class='session'"))
            == ["Анна Иванова", "Борис Петров"])
        // Only ticked behaviours are listed: four by one assessor, three by the other.
        #expect(try report.attribute("data-behaviour", of: el("section", "@id='stage-rp'") + el("ul", "@class='checklist'") + el("li")).sorted()
            == ["apologise", "calm-pace", "calm-voice", "calm-voice", "greet", "greet", "interrupt"])
        #expect(try report.attribute("data-option", of: el("strong", "@class='classification'")) == ["adequate", "under"])
        let plan = el("table", "@class='plan'")
        #expect(try report.count(plan) == 2)
        #expect(try report.attribute("data-task", of: "(" + plan + ")[1]" + el("tr", "@data-task"))
            == ["social", "meeting", "tickets", "report", "lecture", "shop"])
        #expect(try report.count("(" + el("table", "@class='plan-rules'") + ")[1]" + el("tr", "@data-rule")) == 4)
        let lecture = try report.nodes("(" + plan + ")[1]" + el("tr", "@data-task='lecture'")).first?.stringValue ?? ""
        #expect(lecture.contains("нереалистичная"))
        #expect(try report.count(el("span", "@class='unassessed'")) == 1) // q-plan "not assessed" by Анна
    }

    @Test("DISC graphs I–III, the fit to the target and the caveat; no DISC section without a result")
    func disc() throws {
        let report = try Self.parsed()
        #expect(try report.attribute("data-graph", of: el("svg", "@class='disc-graph'")) == ["I", "II", "III"])
        #expect(try report.attribute("data-value", of: el("svg", "@data-graph='III'") + el("rect")) == ["-7", "-5", "7", "5"])
        #expect(report.text.contains(DISCResult.caveat.ru))
        #expect(report.text.contains("0,986"))
        var fixture = ReportFixture()
        fixture.withDISC = false
        #expect(try Self.parsed(fixture.candidateInput()).count(el("section", "@id='disc'")) == 0)
    }

    @Test("consensus with its rationale, the decision and the content hashes of the profile and guides")
    func records() throws {
        let report = try Self.parsed()
        let row = el("table", "@class='consensus'") + el("tr", "@data-competency='negotiation-conflict'")
        #expect(try report.attribute("data-applied", of: row) == ["true"])
        #expect(try report.nodes(row).first?.stringValue?.contains("Пример STAR был полным") == true)
        #expect(try report.attribute("data-decision", of: el("table", "@class='decisions'") + el("tr")) == ["advance"])
        // Each hash whole in its cell's tooltip (the cell shows the first 12 characters).
        let hashes = try report.attribute("title", of: el("section", "@id='versions'") + el("td", "@class='hash'"))
        #expect(hashes == ["sha256:ssm-v3", "sha256:hr-v1", "sha256:rp-v1", "sha256:cs-v1"])
    }

    @Test("English: report wording from the strings table, content in English where the data has it, else Russian")
    func english() throws {
        let report = try Self.parsed(language: .en)
        #expect(report.html.contains("lang=\"en\""))
        for phrase in [ReportPhrase.decisionSupport, .matrixTitle, .gapsTitle, .methodTitle] {
            #expect(report.text.contains(phrase.english))
            #expect(!report.text.contains(phrase.russian))
        }
        #expect(report.text.contains("Execution management"))
        #expect(report.text.contains("Расскажите о конфликте с клиентом")) // no translation in the data
        #expect(report.text.contains(DISCResult.caveat.en!))
        #expect(report.text.contains("0.986"))
    }

    @Test("a candidate with nothing recorded yet: every required competency still has a radar point and a row, no stage anywhere")
    func empty() throws {
        var input = Self.input
        input.sessions = []
        input.consensus = []
        input.decisions = []
        input.disc = nil
        input.scorecard = ReportFixture().scorecard([])
        let report = try Self.parsed(input)
        #expect(try report.count(el("circle", "contains(@class,'radar-point')")) == Self.required.count)
        #expect(try report.count(el("circle", "@data-assessed='false'")) == Self.required.count)
        #expect(try report.count(el("table", "@class='matrix'") + el("tr", "@data-competency")) == Self.required.count)
        #expect(try report.count("//*[@data-stage]") == 0)
        #expect(report.text.contains(ReportPhrase.noScoreYet.russian))
        #expect(report.text.contains(ReportPhrase.noDecision.russian))
    }

    @Test("a 20-competency, 8-stage candidate: one radar point and one row per competency, one column per stage")
    func large() throws {
        let input = LargeFixture.candidate(competencies: 20, stages: 8, assessors: 3)
        let report = try Self.parsed(input)
        #expect(try report.count(el("circle", "@class='radar-point'")) == 20)
        #expect(try report.count(el("table", "@class='matrix'") + el("tr", "@data-competency")) == 20)
        #expect(try report.count(el("table", "@class='matrix'") + el("th", "@data-stage")) == 8)
        #expect(try report.count(el("section", "@class='stage'")) == 8)
    }
}

/// The development plan section: only after a hire decision, its rows the scorecard's gaps.
struct CandidateReportPlanTests {
    @Test("no plan before a hire; after it, one row per gap (at most six) with its check day from the decision's day")
    func plan() throws {
        let input = CandidateReportTests.input
        #expect(try CandidateReportTests.parsed(input).count(el("section", "@id='plan'")) == 0)
        var hired = input
        let decidedAt = input.decisions[0].decidedAt
        hired.decisions.append(DecisionRecord(profile: input.profile.id, decision: .hire, reason: "оффер принят",
                                              decidedBy: "hm", decidedAt: decidedAt))
        let report = try CandidateReportTests.parsed(hired, language: .en)
        let rows = el("section", "@id='plan'") + el("tr", "@data-competency")
        let gaps = Array(input.scorecard.gaps.prefix(DevelopmentPlan.maximumItems).map(\.competency))
        #expect(!gaps.isEmpty)
        #expect(try report.attribute("data-competency", of: rows) == gaps)
        #expect(try report.attribute("data-check-day", of: rows) == gaps.indices.map { String([30, 60, 90][min($0 / 2, 2)]) })
        let day = CalendarDate(decidedAt, in: input.timeZone)
        #expect(report.html.contains(DateWording(language: .en, timeZone: input.timeZone).day(day.adding(days: 30))))
    }
}
