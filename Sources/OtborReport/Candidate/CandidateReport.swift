import OtborCore
import OtborHTML

/// The report on one candidate against their profile, as one self-contained HTML5 page.
///
/// Sections, in order (each a `<section id="…">`): `header`, `summary` (hurdle and knock-outs
/// first, then S100 with its 95 % interval), `radar`, `matrix`, `gaps`, `strengths`, `disc`
/// (only with a DISC result), one `stage-<guide>` per stage with submitted sessions (none for
/// stages not run), `consensus`, `decision`, `versions`, `method`.
///
/// Hooks for tests and tools (stable):
/// - `<svg class="radar">` with one `<circle class="radar-point" data-competency="ID">` per
///   required competency (`data-assessed="false"` and class `missing` when nothing scored it);
/// - `<table class="matrix">` with one `<tr data-competency="ID">` per required competency and
///   one `<th data-stage="GUIDE">` per stage run (its short code as text, the title as `title`),
///   then `<dl class="stage-codes">` with a `<dt>` code and `<dd>` title per column; cells
///   `<td class="cell below|at|above|none">` show the number and a symbol (▼ ● ▲), `⚑` for a
///   disagreement without consensus and `◆` for a consensus;
/// - `<div class="verdict pass|fail" data-hurdle="passed|failed">` in `summary`;
/// - `<blockquote class="evidence" data-competency="ID">` for assessors' notes;
/// - `<svg class="disc-graph" data-graph="I|II|III">` in `disc`;
/// - `<section class="stage" data-stage="GUIDE">` per stage run, with one
///   `<div class="session" data-assessor="NAME">` per submitted session;
/// - `<table class="plan">` for a working-day plan against the reference;
/// - `<td class="hash" title="HASH">` in `versions`, showing the hash's first 12 characters;
/// - a second `<style>` with `@page { @top-left { content: "NAME · PROFILE" } }`, the running
///   header of printed pages.
public struct CandidateReport: Sendable {
    public var input: CandidateReportInput
    public var language: ContentLanguage

    /// A report in `language`: report wording from ``ReportStrings``, content in the language the
    /// data has, falling back to Russian.
    public init(_ input: CandidateReportInput, language: ContentLanguage = .ru) {
        self.input = input
        self.language = language
    }

    /// The HTML document.
    public func render() -> String {
        let strings = ReportStrings(language, timeZone: input.timeZone)
        let context = CandidateContext(input: input, strings: strings)
        let page = Page.report(title: strings[.candidateReport] + " — " + Page.isolated(input.candidate.name), kind: "candidate-report",
                               strings: strings, generatedAt: input.generatedAt,
                               runningHeader: input.candidate.name + " · " + input.profile.title.text(in: language))
        return page.render(HTMLFragment(sections(context)), capacity: 96 * 1024 + input.sessions.count * 8 * 1024)
    }

    /// The sections of the page, in order.
    func sections(_ context: CandidateContext) -> [any HTMLComponent] {
        var sections: [any HTMLComponent] = [
            CandidateHeaderSection(context: context), SummarySection(context: context), RadarSection(context: context),
            CompetencyMatrixSection(context: context), EvidenceSection(context: context),
        ]
        if let disc = input.disc {
            sections.append(DISCSection(disc: disc, target: input.profile.disc, strings: context.strings))
        }
        for stage in context.stages {
            let sessions = context.sessions.filter { $0.guide.id == stage }
            guard !sessions.isEmpty else { continue }
            sections.append(StageDetailSection(context: context, stage: stage, sessions: sessions))
        }
        sections += [ConsensusSection(context: context), DecisionSection(context: context)]
        // A hired candidate's development plan, from the hiring decision's day.
        let start = DevelopmentPlan.start(decisions: input.decisions, profile: input.profile.id, today: input.generatedAt,
                                          timeZone: input.timeZone)
        if start.hired {
            sections.append(PlanSection(context: context, plan: DevelopmentPlan(
                scorecard: input.scorecard, competencies: input.library.competencies, start: start.day)))
        }
        sections += [
            VersionsSection(context: context),
            MethodSection(strings: context.strings),
        ]
        return sections
    }
}
