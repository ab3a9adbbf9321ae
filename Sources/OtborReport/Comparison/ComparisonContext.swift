import OtborCore
import OtborHTML

/// What the sections of the comparison report share: the ranking, the entries in ranking order
/// and the names to show.
struct ComparisonContext: Sendable {
    let input: ComparisonReportInput
    let strings: ReportStrings
    let ranking: Ranking
    /// Entries in ranking order, each candidate once.
    let ordered: [ComparisonReportInput.Entry]
    let competencyNames: [String: String]

    var numbers: NumberFormat { strings.numbers }

    init(input: ComparisonReportInput, strings: ReportStrings) {
        self.input = input
        self.strings = strings
        var byID: [String: ComparisonReportInput.Entry] = [:]
        var unique: [ComparisonReportInput.Entry] = []
        for entry in input.entries where byID[entry.candidate.id] == nil {
            byID[entry.candidate.id] = entry
            unique.append(entry)
        }
        ranking = Ranking(unique.map { (candidate: $0.candidate.id, name: $0.candidate.name, scorecard: $0.scorecard) })
        ordered = ranking.entries.compactMap { byID[$0.candidate] }
        var names: [String: String] = [:]
        for competency in input.library.competencies where names[competency.id] == nil {
            names[competency.id] = competency.name.text(in: strings.language)
        }
        competencyNames = names
    }

    func competencyName(_ id: String) -> String { competencyNames[id] ?? id }

    /// A stage's guide title in the report's language (its id when the library has no such guide).
    func stageTitle(_ id: String) -> String { input.library.guide(id)?.title.text(in: strings.language) ?? id }

    /// The candidate's name, linked to their report when it was rendered under a safe link (``ReportLink``).
    func writeName(_ entry: ComparisonReportInput.Entry, to w: inout HTMLWriter) {
        if let file = entry.reportFile, ReportLink.isSafe(file) {
            w.element("a", ["href": file, "class": "report-link"]) { w in w.person(entry.candidate.name) }
        } else {
            w.person(entry.candidate.name)
        }
    }
}
