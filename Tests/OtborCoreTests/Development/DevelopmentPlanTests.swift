import Testing
import OtborCore

/// The 90-day development plan: the gaps, largest weighted first, context ones included, at most
/// six, each with its evidence, action, target and check date from the day passed in.
struct DevelopmentPlanTests {
    typealias Fixture = ScoringEngineTests

    static func competency(_ id: String, development: String?) -> Competency {
        Competency(id: id, name: LocalizedText(ru: id), group: .personal, definition: LocalizedText(ru: id),
                   levels: (1...5).map { LocalizedText(ru: "\(id) \($0)") },
                   development: development.map { LocalizedText(ru: $0) })
    }

    static let library = Fixture.ids.map { competency($0, development: $0 == "mentoring" ? nil : "развивать \($0)") }
    static let start = CalendarDate(year: 2026, month: 12, day: 2)!

    @Test("candidate B's gaps: decision-making 2·1.0 before negotiation 2·0.667, with evidence, action, target and day 30")
    func gaps() throws {
        let card = ScoringEngine().score(profile: Fixture.profile, stages: [Fixture.candidateB])
        let plan = DevelopmentPlan(scorecard: card, competencies: Self.library, start: Self.start)
        #expect(plan.profile == "ssm" && plan.start == Self.start && plan.deferred == [])
        #expect(plan.items.map(\.competency) == ["decision-making", "negotiation-conflict"])
        let first = plan.items[0], second = plan.items[1]
        #expect(first.score == 3 && first.gap == 1 && first.required == 4 && first.weight == 2 && first.use == .scored)
        #expect(first.evidence == [DevelopmentPlan.Observation(stage: "ac", score: 3)])
        #expect(first.action?.ru == "развивать decision-making")
        #expect(first.target?.ru == "decision-making 4")
        #expect(abs(second.score - 10.0 / 3) < 1e-9 && abs(second.gap - 2.0 / 3) < 1e-9)
        #expect(plan.items.map(\.checkDay) == [30, 30])
        #expect(plan.items.map(\.checkDate) == [CalendarDate(year: 2027, month: 1, day: 1)!, CalendarDate(year: 2027, month: 1, day: 1)!])
    }

    @Test("a context requirement below its level is in the plan, though not in S")
    func context() {
        var profile = Fixture.profile
        profile.requirements[2].use = .context
        let card = ScoringEngine().score(profile: profile, stages: [Fixture.candidateB])
        let plan = DevelopmentPlan(scorecard: card, competencies: Self.library, start: Self.start)
        #expect(plan.items.map(\.competency) == ["decision-making", "negotiation-conflict"])
        #expect(plan.items.map(\.use) == [.context, .scored])
    }

    @Test("at most six items, checked on days 30, 30, 60, 60, 90, 90; the rest deferred; no action when none is written")
    func limit() {
        // Eight requirements, all required at 5 and rated 1 … 4: every one is a gap.
        let ids = (1...8).map { "c\($0)" }
        let profile = JobProfile(id: "p", title: LocalizedText(ru: "П"), level: .senior,
                                 requirements: ids.enumerated().map { index, id in
                                     CompetencyRequirement(competency: id, group: .personal, level: 5, weight: Double(index + 1))
                                 }, process: [ProcessStage(guide: "ac", weight: 1)])
        let stage = StageRatings(stage: "ac", sheets: [AssessorSheet(assessor: "A", ratings: ids.map { id in
            ItemRating(item: id, value: 4, weights: [CompetencyWeight(competency: id, weight: 1)])
        })])
        let card = ScoringEngine().score(profile: profile, stages: [stage])
        let plan = DevelopmentPlan(scorecard: card, competencies: [Self.competency("c8", development: "x")], start: Self.start)
        // Equal gaps of 1: the weighted gap orders them c8 (weight 8) first.
        #expect(plan.items.map(\.competency) == ["c8", "c7", "c6", "c5", "c4", "c3"])
        #expect(plan.deferred == ["c2", "c1"])
        #expect(plan.items.map(\.checkDay) == [30, 30, 60, 60, 90, 90])
        #expect(plan.items.last?.checkDate == CalendarDate(year: 2027, month: 3, day: 2)!)
        #expect(plan.items[0].action?.ru == "x" && plan.items[1].action == nil && plan.items[1].target == nil)
    }

    @Test("a candidate at or above every level gets an empty plan")
    func noGaps() {
        let card = ScoringEngine().score(profile: Fixture.profile, stages: [Fixture.stage([[5, 5], [5, 5], [5, 5], [5, 5], [5, 5]])])
        #expect(DevelopmentPlan(scorecard: card, competencies: Self.library, start: Self.start).items.isEmpty)
    }
}
