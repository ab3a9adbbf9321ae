import OtborCore
import OtborHTML

/// The assessors' agreement for one profile's campaign, as one self-contained HTML5 page.
///
/// Sections: `header`, one `<section class="stage" data-stage="GUIDE" id="stage-GUIDE">` per
/// stage of the ``RaterReport`` with Krippendorff's α (interval and ordinal) and its band, the
/// six ICC forms with 95 % intervals and Koo & Li bands (only for complete tables), and leniency
/// or severity per assessor — or, for a stage where no candidate has two ratings, `<p class="no-pairs">`
/// instead of those tables; then `drift`.
///
/// Hooks: `<table class="alpha">` with `<tr data-metric="interval|ordinal" data-band="…">`;
/// `<table class="icc">` with `<tr data-form="ICC2" data-band="…">`; `<table class="leniency">`
/// with one `<tr data-assessor="NAME" data-flag="lenient|severe|none">` per assessor;
/// `<table class="drift">` with one `<tr data-assessor="NAME">` per assessor.
public struct RatersReport: Sendable {
    public var input: RatersReportInput
    public var language: ContentLanguage

    /// A report in `language` (Russian by default): report wording from ``ReportStrings``, content
    /// in the language the data has, falling back to Russian.
    public init(_ input: RatersReportInput, language: ContentLanguage = .ru) {
        self.input = input
        self.language = language
    }

    /// The stages in the order of the profile's process; stages outside it after, by id.
    private var orderedStages: [RaterReport.Stage] {
        var order: [String: Int] = [:]
        for (index, stage) in input.profile.process.enumerated() where order[stage.guide] == nil { order[stage.guide] = index }
        return input.report.stages.enumerated().sorted { a, b in
            let ra = order[a.element.stage] ?? Int.max, rb = order[b.element.stage] ?? Int.max
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }

    /// The HTML document.
    public func render() -> String {
        let strings = ReportStrings(language, timeZone: input.timeZone)
        let title = input.profile.title.text(in: language)
        let page = Page.report(title: strings[.ratersReport] + " — " + title, kind: "raters-report", strings: strings,
                               generatedAt: input.generatedAt)
        return page.render(HTMLFragment(sections(strings, title: title)))
    }

    /// The sections of the page, in order.
    func sections(_ strings: ReportStrings, title: String) -> [any HTMLComponent] {
        var sections: [any HTMLComponent] = [RatersHeaderSection(input: input, title: title, strings: strings)]
        if input.report.stages.isEmpty {
            sections.append(RatersNoDataSection(strings: strings))
        }
        for stage in orderedStages {
            sections.append(RaterStageSection(stage: stage, title: input.stageTitles[stage.stage]?.text(in: language) ?? stage.stage,
                                              strings: strings))
        }
        sections.append(RaterDriftSection(drifts: input.report.drifts, strings: strings))
        return sections
    }
}
