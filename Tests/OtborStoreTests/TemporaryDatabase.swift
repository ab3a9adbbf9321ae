import Foundation
import OtborCore
import OtborStore
import OtborTestSupport

/// A database file in a fresh temporary folder, removed when the value is released.
final class TemporaryDatabase: @unchecked Sendable {
    private let temporary: TemporaryFolder
    let engine: StoreEngine
    let store: any CampaignStore

    init(_ engine: StoreEngine, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.engine = engine
        temporary = try TemporaryFolder("otbor-store")
        store = try engine.open(temporary.url, clock)
    }

    /// Every byte the engine keeps of the campaign.
    func fileBytes() throws -> Data {
        try engine.residue(store)
    }
}

/// A small profile and guide for store tests: two questions, one role-play with a checklist.
enum StoreFixture {
    static let guide = InterviewGuide(
        id: "screen", kind: .phone, title: LocalizedText(ru: "Скрининг"), duration: 20,
        items: [
            GuideItem(id: "q1", content: .question(InterviewQuestion(
                kind: .behavioural, text: LocalizedText(ru: "Вопрос 1"), checks: LocalizedText(ru: "Проверяет"),
                competencies: [CompetencyWeight(competency: "empathy", weight: 1)]))),
            GuideItem(id: "q2", content: .question(InterviewQuestion(
                kind: .situational, text: LocalizedText(ru: "Вопрос 2"), checks: LocalizedText(ru: "Проверяет"),
                competencies: [CompetencyWeight(competency: "empathy", weight: 1),
                               CompetencyWeight(competency: "planning", weight: 1)]))),
            GuideItem(id: "rp", content: .rolePlay(RolePlayScenario(
                title: LocalizedText(ru: "Игра"), candidateBrief: LocalizedText(ru: "Бриф"), actorBrief: LocalizedText(ru: "Бриф"),
                criteria: [],
                checklist: [RolePlayScenario.Behaviour(id: "a", text: LocalizedText(ru: "А"), competency: "empathy"),
                            RolePlayScenario.Behaviour(id: "b", text: LocalizedText(ru: "Б"), competency: "empathy")]))),
        ])

    static let profile = JobProfile(
        id: "ssm", title: LocalizedText(ru: "Старший МС"), level: .senior,
        requirements: [
            CompetencyRequirement(competency: "empathy", group: .soft, level: 3, weight: 2, critical: true),
            CompetencyRequirement(competency: "planning", group: .managerial, level: 3, weight: 1),
        ],
        process: [ProcessStage(guide: "screen", weight: 1)])
}
