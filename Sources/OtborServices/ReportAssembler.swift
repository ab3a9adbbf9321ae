import Foundation
import OtborCore
import OtborReport
import OtborStore

/// Builds the report inputs from the campaign database: what the reports show is exactly what
/// scoring and ranking compute, from the stages ``StageVisibility/panel`` sees and the recorded content.
public struct ReportAssembler: Sendable {
    public var store: any CampaignStore
    public var library: ContentLibrary
    public var engine: ScoringEngine
    /// The time printed in report headers.
    public var generatedAt: Date
    /// The campaign's time zone: the reports show dates and times in it.
    public var timeZone: TimeZone

    public init(store: any CampaignStore, library: ContentLibrary, engine: ScoringEngine = ScoringEngine(), now: Date,
                timeZone: TimeZone = .current) {
        self.store = store
        self.library = library
        self.engine = engine
        generatedAt = now
        self.timeZone = timeZone
    }

    public static func person(_ candidate: Candidate) -> ReportPerson {
        ReportPerson(id: candidate.id.description, name: candidate.name, source: candidate.source,
                     consentDate: candidate.consentDate)
    }

    func disc(candidate: CandidateID) async throws -> ReportDISC? {
        try await store.discResult(candidate: candidate).map(Self.disc)
    }

    public static func disc(_ result: StoredDISCResult) -> ReportDISC {
        ReportDISC(composite: result.composite, groupCount: result.groupCount, most: result.most, least: result.least)
    }

    /// The candidate report of one candidate's evidence: its sessions (those the panel may see:
    /// the evidence query applies ``StageVisibility/panel``), consensus and decisions.
    public func candidate(_ evidence: CandidateEvidence) async throws -> CandidateReportInput {
        let id = evidence.candidate.id
        var guides: [String: InterviewGuide] = [:]
        let visible = evidence.sessions
        let details = try await store.sessionDetails(visible.map(\.id))
        var sessions: [ReportSession] = []
        for (session, detail) in zip(visible, details) {
            // Sessions of one stage share a recorded guide: decode it once.
            let guide: InterviewGuide
            if let known = guides[session.guideHash] { guide = known } else { guide = try await store.guide(of: session) }
            guides[session.guideHash] = guide
            sessions.append(ReportSession(
                id: session.id.description, guide: guide, guideHash: session.guideHash,
                assessor: session.assessor, startedAt: session.startedAt,
                submittedAt: session.submittedAt,
                activeMinutes: session.activeSeconds / 60, answers: detail.answers,
                notes: detail.notes, redFlags: detail.redFlags.map(\.flag)))
        }
        let consensus = try await store.consensusRecords(candidate: id, profile: evidence.profile.id)
        let decisions = try await store.decisions(candidate: id).filter { $0.profile == evidence.profile.id }
        return CandidateReportInput(
            candidate: Self.person(evidence.candidate), profile: evidence.profile, profileHash: evidence.application.profileHash,
            library: library, scorecard: evidence.scorecard(engine: engine), sessions: sessions, consensus: consensus,
            decisions: decisions, disc: try await disc(candidate: id), generatedAt: generatedAt, timeZone: timeZone,
            conflicts: evidence.conflicts)
    }

    /// `reportFile` names the candidate report file to link to, when one is written.
    public func comparison(
        profile: JobProfile, evidence: [CandidateEvidence], reportFile: (String) -> String?
    ) async throws -> ComparisonReportInput {
        let disc = try await store.discResults()
        let entries = zip(evidence, evidence.scorecards(engine: engine)).map { item, scorecard in
            ComparisonReportInput.Entry(
                candidate: Self.person(item.candidate), scorecard: scorecard,
                disc: disc[item.candidate.id].map(Self.disc), reportFile: reportFile(item.candidate.id.description))
        }
        return ComparisonReportInput(profile: profile, library: library, entries: entries, generatedAt: generatedAt, timeZone: timeZone)
    }

    /// The raters report of a profile, its stages titled by the guides the library has.
    public func raters(profile: JobProfile, evidence: [CandidateEvidence]) -> RatersReportInput {
        let titles = Dictionary(profile.process.compactMap { stage in library.guide(stage.guide).map { (stage.guide, $0.title) } },
                                uniquingKeysWith: { first, _ in first })
        return RatersReportInput(profile: profile, report: RaterObservations.report(evidence), generatedAt: generatedAt, timeZone: timeZone,
                                 stageTitles: titles)
    }
}
