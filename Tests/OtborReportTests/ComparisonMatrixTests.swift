import OtborCore
@testable import OtborReport
import OtborTestSupport
import Testing

/// The comparison matrix in blocks of candidates, for small and large campaigns.
struct ComparisonMatrixTests {
    /// The competency names of the fixture profile as the matrix shows them.
    static let competencies = ReportContent.profile.requirements.map { requirement in
        ReportContent.competencies.first { $0.id == requirement.competency }!.ru + (requirement.critical ? "\u{00A0}★" : "")
    }

    @Test("an even cut: consecutive ranges whose lengths differ by at most one, the longer first",
          arguments: [(1, 1, [1]), (3, 1, [3]), (7, 2, [4, 3]), (11, 3, [4, 4, 3]), (60, 12, Array(repeating: 5, count: 12)),
                      (61, 13, Array(repeating: 5, count: 9) + Array(repeating: 4, count: 4)), (0, 3, [])])
    func even(count: Int, parts: Int, sizes: [Int]) {
        let ranges = MatrixBlockPlan.even(count, into: parts)
        #expect(ranges.map(\.count) == sizes)
        #expect(ranges.first?.lowerBound ?? 0 == 0 && ranges.last?.upperBound ?? 0 == count)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    @Test("a column is as wide as the longest word it cannot break: at spaces and after hyphens, not at a no-break space",
          arguments: [("Анастасия Кравец", 9), ("Ипполитов-Иванов", 9), ("Ольга Константинопольская", 19),
                      ("Переговоры и конфликты\u{00A0}★", 11), ("Клиентоориентированность", 24)])
    func wordWidth(text: String, letters: Int) {
        #expect(MatrixBlockPlan.width(ofLongestWordIn: text) == Double(letters) * MatrixBlockPlan.letterWidth + MatrixBlockPlan.cellPadding)
    }

    @Test("blocks for ordinary names: as many candidates as the longest competency word leaves room for, cut evenly",
          arguments: [(ComparisonMatrixTests.competencies, 60, [Int](repeating: 5, count: 12)),
                      (ComparisonMatrixTests.competencies, 7, [4, 3]),
                      (["Планирование", "Переговоры"], 60, [Int](repeating: 6, count: 10)),
                      (["Планирование", "Переговоры"], 13, [5, 4, 4])])
    func ordinaryBlocks(competencies: [String], candidates: Int, sizes: [Int]) {
        let names = (0..<candidates).map { ComparisonFixture.firstNames[$0 % 8] + " " + ComparisonFixture.surnames[$0 % 8] }
        #expect(MatrixBlockPlan(names: names, competencies: competencies).blocks.map(\.count) == sizes)
    }

    @Test("long surnames make smaller blocks; every block fits the page, and a name wider than a page stands alone")
    func longNameBlocks() {
        let names = ComparisonFixture.input(candidates: 60, longNames: true).entries.map(\.candidate.name)
            + ["Анна " + String(repeating: "о", count: 120), "Иван Орлов"]
        let plan = MatrixBlockPlan(names: names, competencies: Self.competencies)
        let blocks = plan.blocks
        #expect(blocks.count > 12)
        #expect(blocks.flatMap { Array($0) } == Array(names.indices))
        #expect(blocks.allSatisfy { block in
            block.count == 1 || plan.columns[block].reduce(0, +) + plan.fixed <= MatrixBlockPlan.pageWidth
        })
        #expect(blocks.contains(60..<61))
    }

    @Test("every candidate stands in exactly one block, in rank order, with the block's ranks in its caption",
          arguments: [(3, false, 1), (60, false, 12), (60, true, nil)])
    func matrixBlocks(candidates: Int, longNames: Bool, blockCount: Int?) throws {
        let input = ComparisonFixture.input(candidates: candidates, longNames: longNames)
        let report = try ParsedMarkup(ComparisonReport(input).render())
        let table = el("table", "@class='comparison'")
        let context = ComparisonContext(input: input, strings: ReportStrings(.ru))
        let blocks = ComparisonMatrixSection(context: context).blocks
        if let blockCount { #expect(blocks.count == blockCount) }
        #expect(try report.count(table) == blocks.count)
        let expected = Ranking(input.entries.map { (candidate: $0.candidate.id, name: $0.candidate.name, scorecard: $0.scorecard) })
            .entries.map(\.candidate)
        let columns = try report.attribute("data-candidate", of: table + "/*[local-name()='thead']//*[@data-candidate]")
        #expect(columns == expected)
        #expect(try report.attribute("data-rank", of: table + "//*[local-name()='th'][@data-candidate]") == (1...candidates).map(String.init))
        #expect(try report.attribute("data-candidate", of: el("table", "@class='ranking'") + el("tr", "@data-candidate")) == expected)
        let captions = try report.nodes(table + "/*[local-name()='caption']").map { $0.stringValue ?? "" }
        #expect(captions == blocks.map { "Места \($0.lowerBound + 1)–\($0.upperBound) из \(candidates)" })
        for (index, block) in blocks.enumerated() {
            let this = el("table", "@class='comparison' and @data-block='\(index + 1)'")
            #expect(try report.attribute("data-ranks", of: this) == ["\(block.lowerBound + 1)–\(block.upperBound)"])
            #expect(try report.attribute("data-competency", of: this + el("tr", "@data-competency"))
                == ReportContent.profile.requirements.map(\.competency))
            // Every competency row has a cell per candidate of the block after its level and weight.
            let cells = try report.count(this + el("tr", "@data-competency") + "/*[local-name()='td']")
            #expect(cells == ReportContent.profile.requirements.count * (block.count + 2))
        }
    }

    @Test("the header counts candidates and competencies with their plural forms",
          arguments: [(ContentLanguage.ru, 1, "1\u{00A0}кандидат, 6\u{00A0}требуемых компетенций (2\u{00A0}критические)"),
                      (.ru, 3, "3\u{00A0}кандидата, 6\u{00A0}требуемых компетенций (2\u{00A0}критические)"),
                      (.ru, 60, "60\u{00A0}кандидатов, 6\u{00A0}требуемых компетенций (2\u{00A0}критические)"),
                      (.en, 1, "1\u{00A0}candidate, 6\u{00A0}required competencies (2\u{00A0}critical)")])
    func headerCounts(language: ContentLanguage, candidates: Int, lead: String) throws {
        let report = try ParsedMarkup(ComparisonReport(ComparisonFixture.input(candidates: candidates), language: language).render())
        #expect(try report.nodes(el("p", "@class='lead'")).map(\.stringValue) == [lead])
    }

    @Test("hurdle status reads as a symbol and a word, not by colour alone, in every table that shows it")
    func hurdleText() throws {
        let input = ComparisonFixture.input(candidates: 7)
        let report = try ParsedMarkup(ComparisonReport(input).render())
        let cells = try report.nodes(el("td", "contains(@class, 'hurdle-status')")).map { ($0.stringValue ?? "").replacing("\u{00A0}", with: " ") }
        #expect(cells.count == 7 * 3)
        #expect(cells.allSatisfy { ["✓ пройден", "✗ не пройден", "… не завершён"].contains($0) })
        #expect(Set(cells).count > 1)
    }
}
