import OtborCore
@testable import OtborReport
import OtborTestSupport
import Testing

/// The raters report's header, stages without pairs and the shape of its tables.
struct RatersReportTests {
    @Test("the header counts stages and assessors with their plural forms",
          arguments: [(ContentLanguage.ru, "3\u{00A0}этапа, 3\u{00A0}асессора"), (.en, "3\u{00A0}stages, 3\u{00A0}assessors")])
    func headerCounts(language: ContentLanguage, lead: String) throws {
        let report = try ParsedMarkup(RatersReport(ReportFixture().ratersInput(), language: language).render())
        #expect(try report.nodes(el("p", "@class='lead'")).map(\.stringValue) == [lead])
    }

    /// Two assessors rate three candidates at HR; one assessor alone runs the group exercise.
    static var soloStageInput: RatersReportInput {
        var observations: [RaterReport.Observation] = []
        for (index, candidate) in ["c-1", "c-2", "c-3"].enumerated() {
            for (assessor, shift) in [("Анна Иванова", 0.0), ("Борис Петров", 0.5)] {
                observations.append(.init(stage: "hr", candidate: candidate, assessor: assessor, competency: "planning",
                                          value: Double(2 + index) + shift, sessionOrder: candidate))
            }
            observations.append(.init(stage: "group", candidate: candidate, assessor: "Вера Смирнова", competency: "planning",
                                      value: 3, sessionOrder: candidate))
        }
        return RatersReportInput(profile: ReportContent.profile, report: RaterReport(observations), generatedAt: ReportFixture.decidedAt,
                                  stageTitles: ["hr": ReportContent.hr.title, "group": ReportContent.group.title])
    }

    @Test("a stage where nobody is rated twice says so instead of showing empty tables")
    func stageWithoutPairs() throws {
        let report = try ParsedMarkup(RatersReport(Self.soloStageInput).render())
        let solo = el("section", "@data-stage='group'"), paired = el("section", "@data-stage='hr'")
        #expect(try report.nodes(solo + el("p", "contains(@class, 'no-pairs')")).map(\.stringValue) == [ReportPhrase.noPairs.russian])
        #expect(try report.count(solo + el("table")) == 0)
        #expect(try report.count(paired + el("p", "contains(@class, 'no-pairs')")) == 0)
        #expect(try report.attribute("data-metric", of: paired + el("tr", "@data-metric")) == ["interval", "ordinal"])
        #expect(try report.attribute("data-assessor", of: paired + el("table", "@class='leniency'") + el("tr")) == ["Анна Иванова", "Борис Петров"])
    }

    @Test("numbers are right-aligned and words are not: only the numeric columns of the drift table are num")
    func driftColumns() throws {
        let input = ReportFixture().ratersInput()
        #expect(!input.report.drifts.isEmpty)
        let report = try ParsedMarkup(RatersReport(input).render())
        let header = el("table", "@class='drift'") + el("thead") + el("th")
        let numeric = try (1...6).map { try report.count("(" + header + ")[\($0)][contains(@class, 'num')]") == 1 }
        #expect(numeric == [false, true, true, true, false, false])
    }
}
