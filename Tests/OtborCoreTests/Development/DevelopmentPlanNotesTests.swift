import Testing
import OtborCore

/// The assessors' notes behind a plan's gaps: each item gets the notes written on steps that rate
/// its competency — a criterion step its criterion's competencies, any other step its item's.
struct DevelopmentPlanNotesTests {
    typealias Fixture = ScoringEngineTests

    static let guide = InterviewGuide(id: "ac", kind: .rolePlay, title: LocalizedText(ru: "Игра"), duration: 30, items: [
        GuideItem(id: "q", content: .question(InterviewQuestion(
            kind: .behavioural, text: LocalizedText(ru: "Решение?"), checks: LocalizedText(ru: "Решает"),
            competencies: [CompetencyWeight(competency: "decision-making", weight: 1)]))),
        GuideItem(id: "rp", content: .rolePlay(RolePlayScenario(
            title: LocalizedText(ru: "Игра"), candidateBrief: LocalizedText(ru: "Бриф"), actorBrief: LocalizedText(ru: "Бриф"),
            criteria: [
                RatingCriterion(id: "talk", text: LocalizedText(ru: "Переговоры"),
                                competencies: [CompetencyWeight(competency: "negotiation-conflict", weight: 1)]),
                RatingCriterion(id: "client", text: LocalizedText(ru: "Клиент"),
                                competencies: [CompetencyWeight(competency: "client-orientation", weight: 1)]),
            ]))),
    ])

    static func note(_ step: String, _ text: String, stage: String = "ac") -> DevelopmentPlan.AssessorNote {
        DevelopmentPlan.AssessorNote(stage: stage, assessor: "Ирина", step: step, text: text)
    }

    @Test("candidate B's two gaps get the notes of the steps that rate them, in the order given")
    func attach() {
        let card = ScoringEngine().score(profile: Fixture.profile, stages: [Fixture.candidateB])
        var plan = DevelopmentPlan(scorecard: card, competencies: [], start: CalendarDate(year: 2026, month: 12, day: 2)!)
        plan.attach([
            Self.note("rp/talk", "перебивал"),
            Self.note("q", "решение отложил"),
            Self.note("rp/client", "вежлив"),          // client orientation: not a gap of B
            Self.note("q", "   \n"),                    // blank: left out
            Self.note("q", "другой этап", stage: "x"),  // a guide not given: left out
            Self.note("rp/talk", "уступил без выгоды"),
        ], guides: [Self.guide])
        #expect(plan.items.map(\.competency) == ["decision-making", "negotiation-conflict"])
        #expect(plan.items[0].notes.map(\.text) == ["решение отложил"])
        #expect(plan.items[1].notes.map(\.text) == ["перебивал", "уступил без выгоды"])
        #expect(plan.items[1].notes.first?.step == "rp/talk" && plan.items[1].notes.first?.assessor == "Ирина")
    }

    @Test("a step's competencies: a criterion's own, an item's all, none for an unknown item",
          arguments: [("rp/talk", ["negotiation-conflict"]), ("rp/client", ["client-orientation"]),
                      ("rp", ["negotiation-conflict", "client-orientation"]), ("q", ["decision-making"]), ("nope", [])])
    func competencies(_ step: String, _ expected: [String]) {
        #expect(Self.guide.competencies(ofStep: step) == expected)
    }
}
