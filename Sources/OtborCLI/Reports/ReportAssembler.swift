import Foundation
import OtborCore
import OtborReport
import OtborStore

/// Builds the report inputs from the campaign database: what the reports show is exactly what
/// `score` and `compare` compute, from submitted sessions and the recorded content.
struct ReportAssembler {
    var store: Store
    var library: ContentLibrary
    var engine: ScoringEngine
    /// The time printed in report headers.
    var generatedAt: String

    init(store: Store, library: ContentLibrary, engine: ScoringEngine = ScoringEngine(), now: Date = Date()) {
        self.store = store
        self.library = library
        self.engine = engine
        generatedAt = StoreTime.format(now)
    }

    static func person(_ candidate: Candidate) -> ReportPerson {
        ReportPerson(id: String(candidate.id!), name: candidate.name, source: candidate.source, consentDate: candidate.consentDate)
    }

    func disc(candidate: Int64) throws -> ReportDISC? {
        try store.discResult(candidate: candidate).map(Self.disc)
    }

    static func disc(_ result: StoredDISCResult) -> ReportDISC {
        ReportDISC(composite: result.composite, groupCount: result.groupCount, most: result.most, least: result.least)
    }

    func candidate(_ evidence: CandidateEvidence) throws -> CandidateReportInput {
        let id = evidence.candidate.id!
        var guides: [String: InterviewGuide] = [:]
        let details = try store.sessionDetails(evidence.sessions.map { $0.id! })
        let sessions = try zip(evidence.sessions, details).map { session, detail -> ReportSession in
            // Sessions of one stage share a recorded guide: decode it once.
            let guide = try guides[session.guideHash] ?? store.guide(of: session)
            guides[session.guideHash] = guide
            return ReportSession(
                id: String(session.id!), guide: guide, guideHash: session.guideHash,
                assessor: session.assessor, startedAt: session.startedAt, submittedAt: session.submittedAt,
                activeMinutes: session.activeSeconds / 60, answers: detail.answers,
                notes: detail.notes, redFlags: detail.redFlags.map(\.flag))
        }
        let consensus = try store.consensusRecords(candidate: id, profile: evidence.profile.id).map {
            ReportConsensus(stage: $0.consensus.stage, competency: $0.consensus.competency, value: $0.consensus.value,
                            rationale: $0.consensus.rationale, by: $0.recordedBy, at: $0.recordedAt)
        }
        let decisions = try store.decisions(candidate: id).filter { $0.profile == evidence.profile.id }.map {
            ReportDecision(decision: $0.decision, reason: $0.reason, by: $0.by, at: $0.at)
        }
        return CandidateReportInput(
            candidate: Self.person(evidence.candidate), profile: evidence.profile, profileHash: evidence.application.profileHash,
            library: library, scorecard: evidence.scorecard(engine: engine), sessions: sessions, consensus: consensus,
            decisions: decisions, disc: try disc(candidate: id), generatedAt: generatedAt)
    }

    /// `reportFile` names the candidate report file to link to, when one is written.
    func comparison(profile: JobProfile, evidence: [CandidateEvidence], reportFile: (String) -> String?) throws -> ComparisonReportInput {
        let disc = try store.discResults()
        let entries = zip(evidence, evidence.scorecards(engine: engine)).map { item, scorecard in
            ComparisonReportInput.Entry(
                candidate: Self.person(item.candidate), scorecard: scorecard,
                disc: disc[item.candidate.id!].map(Self.disc), reportFile: reportFile(String(item.candidate.id!)))
        }
        return ComparisonReportInput(profile: profile, library: library, entries: entries, generatedAt: generatedAt)
    }

    func raters(profile: JobProfile, evidence: [CandidateEvidence]) -> RatersReportInput {
        RatersReportInput(profile: profile, report: RaterReport(RatersCommand.observations(evidence)), generatedAt: generatedAt)
    }
}
