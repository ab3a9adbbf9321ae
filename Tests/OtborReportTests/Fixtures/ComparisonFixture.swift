import OtborCore
@testable import OtborReport

/// Comparison inputs of any size: `count` candidates made from ``ReportFixture`` with their
/// ratings shifted by −2…+2 in turn (so ranks, ties broken by name, and hurdle results vary),
/// each with a two-word name (distinct up to 64 candidates) and a DISC result for every third.
enum ComparisonFixture {
    /// Words of at most nine letters: six such names fit one block with room to spare.
    static let firstNames = ["Анастасия", "Дмитрий", "Екатерина", "Максим", "Ольга", "Артём", "Игорь", "Марина"]
    static let surnames = ["Кравец", "Волков", "Соловьёва", "Белов", "Никитина", "Григорьев", "Орлов", "Зайцева"]
    /// Long words that set a column's width by themselves.
    static let longSurnames = ["Преображенская", "Константинопольский", "Ипполитов-Иванов", "Кравец"]

    static func input(candidates count: Int, longNames: Bool = false) -> ComparisonReportInput {
        let entries = (0..<count).map { index in
            var fixture = ReportFixture()
            fixture.shift = index % 5 - 2
            fixture.redFlag = index % 7 == 0
            let id = "c-" + String(index + 1)
            let surnames = longNames ? longSurnames : surnames
            let name = firstNames[index % firstNames.count] + " " + surnames[(index / firstNames.count + index) % surnames.count]
            return ComparisonReportInput.Entry(candidate: ReportPerson(id: id, name: name), scorecard: fixture.scorecard(fixture.sessions()),
                                               disc: index % 3 == 0 ? ReportFixture.disc : nil, reportFile: ReportFileName.candidate(id: id))
        }
        return ComparisonReportInput(profile: ReportContent.profile, library: ReportContent.library, entries: entries,
                                     generatedAt: ReportFixture.decidedAt)
    }
}
