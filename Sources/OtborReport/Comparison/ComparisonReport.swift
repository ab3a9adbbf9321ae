import OtborCore
import OtborHTML

/// The candidates of one profile side by side, as one self-contained HTML5 page.
///
/// Sections (`<section id="…">`): `header`, `ranking`, `groups`, `hurdles`, `matrix`, and `disc`
/// when some candidate has a DISC result (context only, never a ranking criterion).
///
/// Hooks for tests and tools (stable):
/// - `<table class="ranking">`: one `<tr data-candidate="ID" data-rank="N">` per candidate, each
///   once, with `data-p-next` (P(A outranks the next)) and `data-separable="true|false"`, and an
///   `<svg class="interval">` of the 95 % interval;
/// - `<ul class="not-separable">` with one `<li class="group">` per not-separable group;
/// - `<table class="hurdles">` with one `<tr data-candidate="ID" data-hurdle="passed|failed">`
///   per candidate;
/// - `<table class="comparison" data-block="K" data-ranks="FIRST–LAST">`, one per block of
///   candidates that fits A4 portrait (``MatrixBlockPlan``), in ranking order: one
///   `<th data-candidate="ID" data-rank="N">` per candidate of the block, one
///   `<tr data-competency="ID">` per required competency, cells as in the candidate report's
///   matrix (`cell below|at|above|none`, number plus ▼ ● ▲); every candidate in exactly one block.
public struct ComparisonReport: Sendable {
    public var input: ComparisonReportInput
    public var language: ContentLanguage

    /// A report in `language` (Russian by default): report wording from ``ReportStrings``, content
    /// in the language the data has, falling back to Russian.
    public init(_ input: ComparisonReportInput, language: ContentLanguage = .ru) {
        self.input = input
        self.language = language
    }

    /// The HTML document.
    public func render() -> String {
        let strings = ReportStrings(language, timeZone: input.timeZone)
        let context = ComparisonContext(input: input, strings: strings)
        let title = input.profile.title.text(in: language)
        let page = Page.report(title: strings[.comparisonReport] + " — " + title, kind: "comparison-report", strings: strings,
                               generatedAt: input.generatedAt)
        return page.render(HTMLFragment(sections(context, title: title)), capacity: 32 * 1024 + input.entries.count * 7 * 1024)
    }

    /// The sections of the page, in order.
    func sections(_ context: ComparisonContext, title: String) -> [any HTMLComponent] {
        var sections: [any HTMLComponent] = [
            ComparisonHeaderSection(context: context, title: title), RankingSection(context: context),
            ComparisonHurdlesSection(context: context), ComparisonMatrixSection(context: context),
        ]
        if context.ordered.contains(where: { $0.disc != nil }) {
            sections.append(ComparisonDISCSection(context: context))
        }
        return sections
    }
}
