import Foundation
import OtborCore
@testable import OtborReport
import OtborTestSupport
import Testing

/// The candidate page as people read it: stage codes with their legend, the radar's whole labels
/// placed apart, short hashes, counted nouns, the answers grouped by item, and the running header
/// of printed pages.
struct CandidatePageTests {
    static let input = CandidateReportTests.input

    static func parsed(_ input: CandidateReportInput = input, language: ContentLanguage = .ru) throws -> ParsedMarkup {
        try ParsedMarkup(CandidateReport(input, language: language).render())
    }

    static let process: [StageCodes.Stage] = [
        .init(id: "phone-screen", kind: .phone), .init(id: "hr-interview", kind: .hr), .init(id: "case-interview", kind: .case),
        .init(id: "working-day", kind: .case), .init(id: "client-role-play", kind: .rolePlay),
        .init(id: "team-lead-role-play", kind: .rolePlay), .init(id: "group-exercise", kind: .group),
        .init(id: "manager-interview", kind: .manager), .init(id: "unknown", kind: nil),
    ]

    @Test("stage codes: the kind's abbreviation, numbered in process order when a kind repeats", arguments: [
        (ContentLanguage.ru, ["Тел", "HR", "Кейс 1", "Кейс 2", "РИ 1", "РИ 2", "Гр", "Рук", "Эт"]),
        (ContentLanguage.en, ["Ph", "HR", "Case 1", "Case 2", "RP 1", "RP 2", "Grp", "Mgr", "St"]),
    ])
    func stageCodes(_ language: ContentLanguage, _ expected: [String]) {
        let codes = StageCodes(Self.process + [Self.process[2]], strings: ReportStrings(language))
        #expect(Self.process.map { codes[$0.id] } == expected.map { $0.replacingOccurrences(of: " ", with: "\u{00A0}") })
        #expect(codes["not-in-the-process"] == "not-in-the-process")
    }

    @Test("the matrix heads its stage columns with codes, the title as tooltip, and lists each code with its stage below")
    func matrixCodes() throws {
        let report = try Self.parsed()
        let headers = el("table", "@class='matrix'") + el("th", "@data-stage")
        #expect(try report.nodes(headers).map(\.stringValue) == ["HR", "РИ", "Кейс"])
        #expect(try report.attribute("title", of: headers) == ["Интервью с HR", "Ролевая игра", "Кейсы"])
        let legend = el("section", "@id='matrix'") + el("dl", "@class='stage-codes'")
        #expect(try report.nodes(legend + el("dt")).map(\.stringValue) == ["HR", "РИ", "Кейс"])
        #expect(try report.nodes(legend + el("dd")).map(\.stringValue) == ["Интервью с HR", "Ролевая игра", "Кейсы"])
        let english = try Self.parsed(language: .en)
        #expect(try english.nodes(headers).map(\.stringValue) == ["HR", "RP", "Case"])
        #expect(try english.nodes(legend + el("dd")).map(\.stringValue) == ["HR interview", "Role-play", "Cases"])
    }

    @Test("radar labels are the whole competency names, one tspan a line, none cut", arguments: ContentLanguage.allCases)
    func radarLabels(_ language: ContentLanguage) throws {
        let report = try Self.parsed(language: language)
        let labels = try report.nodes(el("svg", "@class='radar'") + el("text", "@class='label'"))
        let names = Self.input.profile.requirements.map { Self.input.library.competency($0.competency)?.name.text(in: language) }
        #expect(labels.map { ($0.children ?? []).compactMap(\.stringValue).joined(separator: " ") } == names.compactMap { $0 })
        #expect(labels.allSatisfy { ($0.children ?? []).allSatisfy { $0.name == "tspan" } })
        #expect(labels.allSatisfy { !($0.stringValue ?? "").contains("…") })
    }

    /// Real names of the shipped competencies, long ones first, for the layout of many spokes.
    static let longNames = [
        "Видение уровня сервиса и ценностей (порядок, эмпатия, служение, дисциплина, чёткость)",
        "Управление исполнением (постановка задач, контроль, обратная связь)",
        "Знание процесса сопровождения и продукта (включая CRM и инструменты)",
        "Обучаемость (скорость мышления, осознанность, адаптивность)",
        "Принятие решений, в том числе в условиях неопределённости", "Клиентоориентированность",
        "Самоменеджмент, организованность, самостоятельность", "Внедрение изменений (стандарты, процессы, культура)",
        "Управление сервисными метриками (NPS, SLA, CSI, FCR, CSAT)", "Стрессоустойчивость, стресс-менеджмент",
        "Наставничество и развитие сотрудников", "Переговоры и разрешение конфликтов", "Лидерство", "Вежливость",
        "Support process and product knowledge", "Negotiation and conflict resolution", "Усердие, упорство",
    ]

    @Test("radar labels never overlap, stay outside the plot and inside the chart, whatever the number of spokes",
          arguments: [1, 2, 3, 5, 8, 12, 17, 20, 33])
    func radarLayout(_ count: Int) throws {
        let texts = (0..<count).map { Self.longNames[$0 % Self.longNames.count] }
        let axes = texts.enumerated().map { index, text in
            RadarChart.Axis(id: "c\(index)", label: text, required: 3, value: Double(index % 5) + 1, tooltip: text)
        }
        let chart = RadarChart(axes: axes, title: "t")
        let layout = chart.layout
        let boxes = layout.labels.map(\.box)
        #expect(boxes.count == count)
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] { #expect(!a.overlaps(b), "\(a) overlaps \(b)") }
            let nearestX = min(max(0, a.minX), a.maxX), nearestY = min(max(0, a.minY), a.maxY)
            #expect((nearestX * nearestX + nearestY * nearestY).squareRoot() >= 140, "\(a) enters the plot")
        }
        #expect(layout.labels.map { $0.lines.joined(separator: " ") } == texts)
        // The viewBox holds every label box.
        let svg = try ParsedMarkup(chart.renderFragment())
        let viewBox = try #require(svg.attribute("viewBox", of: el("svg")).first).split(separator: " ").compactMap { Double($0) }
        for box in boxes {
            #expect(box.minX >= viewBox[0] && box.minY >= viewBox[1], "\(box) starts outside \(viewBox)")
            #expect(box.maxX <= viewBox[0] + viewBox[2] && box.maxY <= viewBox[1] + viewBox[3], "\(box) ends outside \(viewBox)")
        }
    }

    @Test("a label wider than a line keeps its longest word whole on a line of its own")
    func radarWrap() {
        let lines = RadarLabelLayout.wrap("Клиентоориентированность и эмпатия", width: 90, fontSize: 11)
        #expect(lines == ["Клиентоориентированность", "и эмпатия"])
        #expect(TextWidth.of("Клиентоориентированность", fontSize: 11) > 90)
    }

    @Test("content hashes show their first 12 characters like git, the whole hash in the tooltip")
    func hashes() throws {
        var input = Self.input
        input.profileHash = String(repeating: "0123456789abcdef", count: 4)
        let report = try Self.parsed(input)
        let cells = el("table", "@class='versions'") + el("td", "@class='hash'")
        #expect(try report.nodes(cells).map(\.stringValue) == ["0123456789ab", "sha256:hr-v1", "sha256:rp-v1", "sha256:cs-v1"])
        #expect(try report.attribute("title", of: cells) == [input.profileHash, "sha256:hr-v1", "sha256:rp-v1", "sha256:cs-v1"])
    }

    @Test("counts read as people write them: stages and assessors in the header", arguments: [
        (ContentLanguage.ru, "3\u{00A0}этапа: ", "3\u{00A0}асессора: "), (ContentLanguage.en, "3\u{00A0}stages: ", "3\u{00A0}assessors: "),
    ])
    func counts(_ language: ContentLanguage, _ stages: String, _ assessors: String) throws {
        let header = try Self.parsed(language: language).nodes(el("section", "@id='header'")).first?.stringValue ?? ""
        #expect(header.contains(stages))
        #expect(header.contains(assessors))
    }

    @Test("the plural forms of the candidate report's nouns", arguments: [
        (1, "1\u{00A0}этап", "1\u{00A0}stage", "1\u{00A0}асессор"), (2, "2\u{00A0}этапа", "2\u{00A0}stages", "2\u{00A0}асессора"),
        (5, "5\u{00A0}этапов", "5\u{00A0}stages", "5\u{00A0}асессоров"), (11, "11\u{00A0}этапов", "11\u{00A0}stages", "11\u{00A0}асессоров"),
        (21, "21\u{00A0}этап", "21\u{00A0}stages", "21\u{00A0}асессор"), (24, "24\u{00A0}этапа", "24\u{00A0}stages", "24\u{00A0}асессора"),
    ])
    func plurals(_ count: Int, _ stages: String, _ english: String, _ assessors: String) {
        #expect(ReportStrings(.ru).count(count, .stage) == stages)
        #expect(ReportStrings(.en).count(count, .stage) == english)
        #expect(ReportStrings(.ru).count(count, .assessor) == assessors)
    }

    @Test("an item rated in several steps is named once above its criteria; a checklist spans the step and answer columns")
    func answersByItem() throws {
        let report = try Self.parsed()
        let table = "(" + el("section", "@id='stage-rp'") + el("table", "@class='answers'") + ")[1]"
        #expect(try report.nodes(table + el("tr", "@class='item'") + el("th", "@colspan='3'")).map(\.stringValue) == ["Разгневанный клиент"])
        let firstCells = try report.nodes(table + el("tr", "@data-step") + "/*[1]").map(\.stringValue)
        #expect(firstCells.prefix(2) == ["Тон", "Решение"])
        #expect(try report.count(table + el("td", "@class='ticks' and @colspan='2'") + el("li", "@data-behaviour")) >= 1)
        #expect(try report.count(table + el("col")) == 3)
    }

    @Test("printed pages carry the candidate's name and profile in the running header, as an escaped CSS string")
    func runningHeader() throws {
        let styles = try Self.parsed().nodes(el("style")).map { $0.stringValue ?? "" }
        #expect(styles.count == 2)
        #expect(styles.last == "@page { @top-left { content: \"Мария Кузнецова · Старший менеджер поддержки\"; } }")
        let hostile = try ParsedMarkup(CandidateReport(HostileTextTests.fixture.candidateInput()).render())
        let rule = try #require(hostile.nodes(el("style")).last?.stringValue)
        #expect(rule.hasPrefix("@page { @top-left { content: \"") && rule.hasSuffix("\"; } }"))
        #expect(rule.filter { $0 == "\"" }.count == 2)
        #expect(!rule.contains("<") && !rule.contains(">") && !rule.contains("&") && !rule.contains("\n"))
        #expect(!rule.contains("\u{202E}") && !rule.contains("\u{0000}"))
        #expect(rule.contains("\\3c script\\3e alert(1)\\3c /script\\3e "))
    }

    @Test("the stylesheet wraps only between words, prints A4 with a running header and page numbers")
    func stylesheet() {
        let css = Stylesheet.css.description
        #expect(!css.contains("anywhere") && !css.contains("hyphens: auto") && !css.contains("break-all"))
        #expect(css.contains("@page { size: A4;"))
        #expect(css.contains("@top-left {") && css.contains("counter(page) \" / \" counter(pages)"))
        #expect(css.contains("break-inside: avoid") && css.contains("break-after: avoid"))
        #expect(css.contains("font-variant-numeric: tabular-nums"))
    }
}
