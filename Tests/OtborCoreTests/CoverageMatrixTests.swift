import Testing
import OtborCore

struct CoverageMatrixTests {
    static func question(_ id: String, _ competencies: [String]) -> GuideItem {
        GuideItem(id: id, content: .question(InterviewQuestion(
            kind: .behavioural, text: LocalizedText(ru: id), checks: LocalizedText(ru: id),
            competencies: competencies.map { CompetencyWeight(competency: $0, weight: 1) })))
    }

    static let guides = [
        InterviewGuide(id: "phone", kind: .phone, title: LocalizedText(ru: "Телефон"), duration: 20,
                       items: [question("q1", ["politeness", "english"])]),
        InterviewGuide(id: "play", kind: .rolePlay, title: LocalizedText(ru: "Игра"), duration: 20, items: [
            GuideItem(id: "rp", content: .rolePlay(RolePlayScenario(
                title: LocalizedText(ru: "RP"), candidateBrief: LocalizedText(ru: "c"), actorBrief: LocalizedText(ru: "a"),
                criteria: [RatingCriterion(id: "tone", text: LocalizedText(ru: "тон"),
                                           competencies: [CompetencyWeight(competency: "politeness", weight: 1)])],
                checklist: [.init(id: "calm", text: LocalizedText(ru: "спокоен"), competency: "stress-resistance")]))),
        ]),
    ]

    static let profile = JobProfile(
        id: "p", title: LocalizedText(ru: "Профиль"), level: .senior,
        requirements: [
            CompetencyRequirement(competency: "politeness", group: .personal, level: 3, weight: 1),
            CompetencyRequirement(competency: "english", group: .special, level: 3, weight: 1),
            CompetencyRequirement(competency: "leadership", group: .managerial, level: 4, weight: 2, critical: true),
        ],
        process: [ProcessStage(guide: "phone", weight: 1), ProcessStage(guide: "play", weight: 2)])

    @Test("rows list the stages measuring each requirement, in process order")
    func rows() {
        let matrix = ContentLibrary(profiles: [Self.profile], guides: Self.guides).coverage(of: Self.profile)
        #expect(matrix.stages == ["phone", "play"])
        #expect(matrix.rows.map(\.stages) == [["phone", "play"], ["phone"], []])
        #expect(matrix.undercovered.map(\.requirement.competency) == ["english", "leadership"])
    }

    @Test("a role-play measures the competencies of its criteria and of its checklist")
    func checklistCounts() {
        #expect(Self.guides[1].measuredCompetencies == ["politeness", "stress-resistance"])
    }
}
