import Foundation
import OtborCore
import OtborStoreSQLite
import Testing

/// The bulk read of `SQLiteStore.evidence` against the plain per-session path, on the demo campaign
/// entered in-process (every step kind: ratings, not assessed, checklists, classifications,
/// working-day plans, screening facts).
@Suite("Evidence read in bulk")
struct EvidenceConsistencyTests {
    @Test("every sheet equals the session's answers turned into ratings one by one; scorecards match the per-assessor definition")
    func bulkMatchesPerSession() async throws {
        let demo = try await DemoCampaignFixture()
        try withExtendedLifetime(demo) { try Self.check(demo.store) }
    }

    /// The checks, kept synchronous so that they read through `SQLiteStore`'s own methods.
    static func check(_ store: SQLiteStore) throws {
        let evidence = try store.evidence(profile: "senior-support-manager")
        #expect(evidence.count == 6)
        var sheets = 0, kinds = Set<String>()
        for item in evidence {
            for session in item.sessions {
                let guide = try store.guide(of: session)
                let expected = try store.answers(session: session.id).itemRatings(guide: guide)
                let stage = try #require(item.stages.first { $0.stage == session.guide })
                let sheet = try #require(stage.sheets.first { $0.assessor == session.assessor })
                #expect(sheet.ratings == expected, "session \(session.id) \(session.guide) \(session.assessor)")
                sheets += 1
                for rating in sheet.ratings {
                    if rating.item.contains("/checklist/") { kinds.insert("checklist") }
                    if rating.item.hasSuffix("#plan") { kinds.insert("plan") }
                    if rating.value == nil { kinds.insert("not assessed") }
                }
            }
            // The screening facts read in bulk are those of each session's own answers.
            let own = try item.sessions.map { (guide: try store.guide(of: $0), answers: try store.answers(session: $0.id)) }
            #expect(item.screening == ScreeningResult(profile: item.profile, sessions: own))
            // One candidate read alone gives the same evidence as the whole profile.
            let alone = try #require(store.evidence(profile: "senior-support-manager", candidate: item.candidate.id).first)
            #expect(alone.stages == item.stages)
            // Each assessor's S is the composite of the assessor's sheets scored as a panel of one.
            let card = item.scorecard()
            for (assessor, s) in card.assessorScores {
                let own = item.stages.compactMap { stage -> StageRatings? in
                    let mine = stage.sheets.filter { $0.assessor == assessor }
                    return mine.isEmpty ? nil : StageRatings(stage: stage.stage, sheets: mine)
                }
                let single = ScoringEngine().score(profile: item.profile, stages: own).composite?.s
                #expect(abs(s - (single ?? .nan)) < 1e-12, "\(assessor)")
            }
        }
        #expect(sheets == (try store.sessions().filter { $0.status == .submitted }.count))
        #expect(sheets == 87)  // 75 scoresheets; a group one rates several candidates
        #expect(evidence.filter(\.screening.isKnockedOut).map(\.candidate.name).sorted() == ["Артём Григорьев", "Ольга Никитина"])
        #expect(kinds == ["checklist", "plan", "not assessed"])
        let cards = evidence.scorecards()
        #expect(cards == evidence.map { $0.scorecard() })
    }
}
