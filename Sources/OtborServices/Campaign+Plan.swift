import Foundation
import OtborCore
import OtborStore

extension Campaign {
    /// The 90-day development plan of `candidate` against `profile` (their only application's when
    /// `nil`): counted from the day of their last hiring decision on that profile, in `timeZone`,
    /// or from `today` when they have none, each gap with the assessors' notes behind it. `otbor
    /// plan`, the candidate report and the demo.
    public func plan(
        candidate: Candidate, profile: String?, engine: ScoringEngine, today: Date, timeZone: TimeZone
    ) async throws -> CandidatePlanDocument {
        let score = try await score(candidate: candidate, profile: profile, engine: engine)
        let start = DevelopmentPlan.start(decisions: try await store.decisions(candidate: candidate.id),
                                          profile: score.card.profile, today: today, timeZone: timeZone)
        var plan = DevelopmentPlan(scorecard: score.card, competencies: library.competencies, start: start.day)
        plan.attach(try await assessorNotes(candidate: candidate, profile: score.card.profile), guides: library.guides)
        return CandidatePlanDocument(candidate: candidate, plan: plan, hired: start.hired)
    }

    /// Every evidence note the assessors wrote in the candidate's sessions of `profile`, stages in
    /// process order, then by assessor as the store lists them.
    private func assessorNotes(candidate: Candidate, profile: String) async throws -> [DevelopmentPlan.AssessorNote] {
        let dossier = try await store.dossier(candidate: candidate.id)
        let order = library.profile(profile)?.process.map(\.guide) ?? []
        let sessions = dossier.applications.filter { $0.application.profile == profile }.flatMap(\.sessions)
            .sorted { (order.firstIndex(of: $0.session.guide) ?? order.count) < (order.firstIndex(of: $1.session.guide) ?? order.count) }
        return sessions.flatMap { file in
            file.answers.map { DevelopmentPlan.AssessorNote(stage: file.session.guide, assessor: file.session.assessor,
                                                             step: $0.step, text: $0.note) }
        }
    }
}

/// A candidate's development plan with who it is for and whether it counts from a hiring decision.
public struct CandidatePlanDocument: Encodable, Sendable {
    public var candidate: Candidate
    public var plan: DevelopmentPlan
    /// `true` when day 0 is the hiring decision's day, `false` when it is the day the plan was made.
    public var hired: Bool

    private enum Keys: String, CodingKey { case candidate, hired, plan }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(["id": candidate.id.description, "name": candidate.name], forKey: .candidate)
        try container.encode(hired, forKey: .hired)
        try container.encode(plan, forKey: .plan)
    }
}
