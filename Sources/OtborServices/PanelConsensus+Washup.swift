import Foundation
import OtborCore

extension PanelConsensus {
    /// One stage of a candidate as the wash-up sees it: every competency the stage rates with each
    /// assessor's rating side by side, flagged disagreements (F1) first, the evidence notes each
    /// assessor wrote on the steps that rate it, and the consensus already recorded.
    public struct Washup: Sendable {
        public var profile: String
        public var stage: String
        /// Flagged first, then by competency id.
        public var scores: [StageScore]
        /// Competency → assessor → the note lines they wrote on the steps rating it, in step order.
        public var notes: [String: [String: [String]]]

        /// The assessors of the stage, by login.
        public var assessors: [String] { Array(Set(scores.flatMap(\.assessors))).sorted() }

        /// The notes `assessor` wrote on what rates `competency`.
        public func notes(_ competency: String, by assessor: String) -> [String] { notes[competency]?[assessor] ?? [] }
    }

    /// The wash-up of `stage` for the candidate under `profile` (their only application's when
    /// `nil`); refused (``GroupSittingError/stageIncomplete(stage:waiting:)``) while any session of
    /// that stage is not submitted, so nobody sees a colleague's ratings early, and
    /// (``GroupSittingError/noStageRatings(stage:)``) when the stage has no ratings. An assessor
    /// who declared a conflict of interest with the candidate is neither waited for nor shown, and
    /// as `viewer` is refused (``ConsensusError/conflictOfInterest(login:candidate:)``).
    public func washup(candidate: Candidate, profile: String?, stage: String, viewer: String? = nil) async throws -> Washup {
        let conflicts = try await campaign.store.conflicts(candidate: candidate.id)
        if let viewer, conflicts.excludes(viewer, from: candidate.id) {
            throw ConsensusError.conflictOfInterest(login: viewer, candidate: candidate.id)
        }
        let profileID = try await campaign.profileID(candidate: candidate, explicit: profile)
        let sessions = try await campaign.store.sessions(candidate: candidate.id, status: nil, groupRun: nil).filter { $0.guide == stage }
        let waiting = sessions.filter { $0.status != .submitted && !conflicts.excludes($0.assessor, from: candidate.id) }
        guard waiting.isEmpty else { throw GroupSittingError.stageIncomplete(stage: stage, waiting: waiting.map(\.assessor).sorted()) }
        let evidence = try await campaign.evidence(candidate: candidate, explicit: profileID)
        let scores = (evidence?.scorecard().competencies.flatMap(\.stages) ?? []).filter { $0.stage == stage }
        guard !scores.isEmpty else { throw GroupSittingError.noStageRatings(stage: stage) }
        let sheets = evidence?.stages.first { $0.stage == stage }?.sheets ?? []
        let counted = (evidence?.sessions ?? []).filter { $0.guide == stage }
        let details = try await campaign.store.sessionDetails(counted.map(\.id))
        var notes: [String: [String: [String]]] = [:]
        for (session, detail) in zip(counted, details) {
            guard let sheet = sheets.first(where: { $0.assessor == session.assessor }) else { continue }
            for (competency, lines) in Self.notes(detail.notes, sheet: sheet) {
                notes[competency, default: [:]][session.assessor, default: []] += lines
            }
        }
        return Washup(profile: profileID, stage: stage, scores: scores.sorted {
            ($0.aggregate.isFlagged ? 0 : 1, $0.competency) < ($1.aggregate.isFlagged ? 0 : 1, $1.competency)
        }, notes: notes)
    }

    /// Competency → the note lines of the steps of `sheet` that rate it: the note of the rated
    /// step itself, else the notes of its item's steps; each step's note once per competency.
    static func notes(_ byKey: [String: String], sheet: AssessorSheet) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var used: [String: Set<String>] = [:]
        for rating in sheet.ratings where rating.value != nil {
            let keys = byKey[rating.item] != nil ? [rating.item]
                : byKey.keys.filter { StepKey.item(of: $0) == StepKey.item(of: rating.item) }.sorted()
            for weight in rating.weights where weight.weight > 0 {
                for key in keys where used[weight.competency, default: []].insert(key).inserted {
                    let lines = (byKey[key] ?? "").split(whereSeparator: \.isNewline)
                        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    result[weight.competency, default: []] += lines
                }
            }
        }
        return result
    }
}
