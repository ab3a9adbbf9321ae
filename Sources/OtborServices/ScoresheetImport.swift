import Foundation
import OtborCore
import OtborLoading
import OtborStore

/// Imports a scoresheet (ratings captured on paper or by another tool): checked against the
/// workspace and the database first, then written all or nothing. The path `otbor interview
/// import`, the demo and an upload form share.
public enum ScoresheetImport {
    /// What an import found and did.
    public struct Outcome: Sendable {
        /// Every problem and warning, sorted by position. Nothing was written when one is an error.
        public var diagnostics: [Diagnostic]
        /// Whether some problem was about the candidates (unknown, or already interviewed).
        public var candidateProblems: Bool
        /// What was (or would be) imported; `nil` when an error stopped it.
        public var summary: ImportSummary?
    }

    /// Reads, checks and (unless `dryRun`, and only when `store` exists) writes the scoresheet at
    /// `path`. `today` bounds the dates a sheet may give.
    public static func run(
        path: String, library: ContentLibrary, store: (any CampaignStore)?, dryRun: Bool, actor: String, today: CalendarDate?
    ) async throws -> Outcome {
        let result = ScoresheetLoader.load(contentsOf: URL(fileURLWithPath: path), path: path, library: library, today: today)
        let known = try await store?.candidates().map { KnownCandidate(id: $0.id.rawValue, name: $0.name) } ?? []
        let existing = try await existingSessions(store: store, sheet: result.scoresheet)
        let resolution = result.resolveCandidates(known) { existing[$0] }
        let diagnostics = (result.diagnostics + resolution.diagnostics).sorted()
        guard diagnostics.errors.isEmpty, let sheet = result.scoresheet else {
            return Outcome(diagnostics: diagnostics, candidateProblems: !resolution.diagnostics.isEmpty, summary: nil)
        }
        let ids = resolution.ids.compactMap { $0 }.map { CandidateID($0) }
        let names = Dictionary(known.map { (CandidateID($0.id), $0.name) }, uniquingKeysWith: { first, _ in first })
        var summary = ImportSummary(dryRun: dryRun, profile: sheet.profile.id, guide: sheet.guide.id,
                                    assessor: sheet.assessor, submitted: sheet.submit, sessions: [])
        for (candidate, part) in zip(ids, sheet.sheets) {
            summary.sessions.append(ImportSummary.Session(
                id: nil, candidate: candidate, name: names[candidate] ?? "", answers: part.answers.count,
                redFlags: part.redFlags.count, unanswered: part.unanswered))
        }
        if !dryRun, let store {
            let sheets = zip(ids, sheet.sheets).map { candidate, part in
                ImportedSheet(candidate: candidate,
                              answers: part.answers.map { RecordedAnswer(step: $0.step, value: $0.value, note: $0.note) },
                              redFlags: part.redFlags.map { RecordedRedFlag(flag: $0.id, note: $0.note) })
            }
            let groupRun = sheet.sheets.count > 1 ? "import-\(UUID().uuidString.prefix(8).lowercased())" : nil
            let sessions = try await store.importSessions(
                sheets, profile: sheet.profile, guide: sheet.guide, assessor: sheet.assessor,
                conducted: sheet.conducted.map(midnightUTC), submit: sheet.submit, groupRun: groupRun, actor: actor)
            for index in summary.sessions.indices { summary.sessions[index].id = sessions[index].id }
        }
        return Outcome(diagnostics: diagnostics, candidateProblems: !resolution.diagnostics.isEmpty, summary: summary)
    }

    /// The session the scoresheet's assessor already has for each candidate under its profile and guide.
    private static func existingSessions(store: (any CampaignStore)?, sheet: Scoresheet?) async throws -> [Int64: Int64] {
        guard let store, let sheet else { return [:] }
        let applications = try await store.applications(profile: sheet.profile.id)
        let candidateOf = Dictionary(applications.map { ($0.id, $0.candidateId) }, uniquingKeysWith: { first, _ in first })
        var existing: [Int64: Int64] = [:]
        for session in try await store.sessions() where session.guide == sheet.guide.id && session.assessor == sheet.assessor {
            if let candidate = candidateOf[session.applicationId], existing[candidate.rawValue] == nil {
                existing[candidate.rawValue] = session.id.rawValue
            }
        }
        return existing
    }

    /// The instant a sheet dated `date` counts as conducted: midnight UTC.
    public static func midnightUTC(_ date: CalendarDate) -> Date {
        Date(timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400)
    }
}
