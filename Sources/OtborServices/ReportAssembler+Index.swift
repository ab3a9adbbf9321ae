import OtborCore
import OtborReport
import OtborStore

extension ReportAssembler {
    /// The index page's dashboard of one profile: every candidate of `evidence` in the order
    /// `otbor compare` ranks them (``Ranking``, with this assembler's engine), each with the
    /// progress of every stage of the profile's process (``StageProgress``, from all their
    /// sessions, submitted or not), the latest decision on the application and the retention
    /// deadline (F21) as ``RetentionReview`` judges it on the day the report is made.
    ///
    /// `reportFile` names a candidate's report file to link to, when one is written;
    /// `comparisonFile` and `ratersFile` name the profile's reports.
    public func indexProfile(
        profile: JobProfile, evidence: [CandidateEvidence], comparisonFile: String?, ratersFile: String?,
        reportFile: (String) -> String?
    ) async throws -> IndexReportInput.Profile {
        let applications = Set(evidence.map(\.application.id))
        let sessions = Dictionary(grouping: try await store.sessions().filter { applications.contains($0.applicationId) },
                                  by: \.applicationId)
        let today = CalendarDate(generatedAt, in: timeZone)
        let byID = Dictionary(evidence.map { ($0.candidate.id.description, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [IndexReportInput.Row] = []
        for standing in evidence.ranking(engine: engine).entries {
            guard let item = byID[standing.candidate] else { continue }
            let decisions = try await store.decisions(candidate: item.candidate.id)
            rows.append(IndexReportInput.Row(
                candidate: Self.person(item.candidate), reportFile: reportFile(standing.candidate),
                progress: StageProgress.byStage(sessions[item.application.id] ?? []), standing: standing,
                lastDecision: decisions.last { $0.profile == profile.id },
                retention: RetentionReview.Input(candidate: item.candidate, decisions: decisions).entry(today: today)))
        }
        let stages = profile.process.map { IndexReportInput.Stage(guide: $0.guide, title: library.guide($0.guide)?.title) }
        return IndexReportInput.Profile(id: profile.id, title: profile.title, stages: stages, rows: rows,
                                        comparisonFile: comparisonFile, ratersFile: ratersFile)
    }

    /// The index page of `profiles`, made now in the campaign's time zone.
    public func index(title: String, profiles: [IndexReportInput.Profile]) -> IndexReportInput {
        IndexReportInput(title: title, profiles: profiles, generatedAt: generatedAt, timeZone: timeZone)
    }
}
