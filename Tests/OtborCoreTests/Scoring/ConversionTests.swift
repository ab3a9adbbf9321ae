import Testing
import OtborCore

struct ConversionTests {
    static let scenario = RolePlayScenario(
        title: LocalizedText(ru: "Клиент"), candidateBrief: LocalizedText(ru: "c"), actorBrief: LocalizedText(ru: "a"),
        criteria: [],
        checklist: [
            .init(id: "lets-finish", text: LocalizedText(ru: "Даёт договорить"), competency: "politeness"),
            .init(id: "apologises", text: LocalizedText(ru: "Извиняется"), competency: "politeness"),
            .init(id: "interrupts", text: LocalizedText(ru: "Перебивает"), competency: "politeness", positive: false),
            .init(id: "calm", text: LocalizedText(ru: "Спокоен"), competency: "stress-resistance"),
            .init(id: "steady-voice", text: LocalizedText(ru: "Ровный голос"), competency: "stress-resistance"),
            .init(id: "jargon", text: LocalizedText(ru: "Жаргон"), competency: "communication", positive: false),
        ])

    @Test("checklist: 1 + 4·p/P − mistakes, clamped to the scale", arguments: [
        (Set(["lets-finish", "interrupts", "calm", "steady-voice", "jargon"]), [2.0, 5.0]),
        (Set(["lets-finish", "apologises"]), [5.0, 1.0]),
        (Set(["interrupts"]), [1.0, 1.0]),
        (Set<String>(), [1.0, 1.0]),
    ])
    func checklist(_ ticked: Set<String>, _ expected: [Double]) {
        let ratings = ChecklistConversion.ratings(scenario: Self.scenario, item: "rp", ticked: ticked)
        #expect(ratings.map(\.item) == ["rp/checklist/politeness", "rp/checklist/stress-resistance"])
        #expect(ratings.map(\.value) == expected)
    }

    @Test("a classification converts to its option's rating")
    func classification() throws {
        let classification = CaseTask.Classification(
            id: "responsibility", text: LocalizedText(ru: "Ответственность"), competency: "responsibility",
            options: [.init(id: "under", text: LocalizedText(ru: "Избегает"), rating: 2),
                      .init(id: "adequate", text: LocalizedText(ru: "В рамках полномочий"), rating: 5),
                      .init(id: "over", text: LocalizedText(ru: "Превышает"), rating: 2)])
        let rating = try #require(ChecklistConversion.rating(classification: classification, item: "discount", option: "over"))
        #expect(rating.value == 2 && rating.weights == [CompetencyWeight(competency: "responsibility", weight: 1)])
        #expect(ChecklistConversion.rating(classification: classification, item: "discount", option: "maybe") == nil)
    }

    static let day = WorkingDayTask(
        title: LocalizedText(ru: "День"), statement: LocalizedText(ru: "План"),
        dayStart: ClockTime("09:00")!, dayEnd: ClockTime("18:00")!,
        tasks: [
            .init(id: "lecture", text: LocalizedText(ru: "Лекция"), kind: .work, importance: 3, minutes: 60),
            .init(id: "documents", text: LocalizedText(ru: "Документы"), kind: .work, importance: 3, minutes: 30),
            .init(id: "calls", text: LocalizedText(ru: "Обзвон"), kind: .work, importance: 2, minutes: 40),
            .init(id: "feed", text: LocalizedText(ru: "Соцсети"), kind: .personal, importance: 1, minutes: 20),
            .init(id: "stand-up", text: LocalizedText(ru: "Планёрка"), kind: .work, importance: 3, minutes: 15, fixedAt: ClockTime("09:30")),
        ],
        rules: WorkingDayTask.Rules(), competencies: [CompetencyWeight(competency: "self-management", weight: 1)])

    @Test("a good plan passes all four rules and rates 5")
    func goodPlan() {
        let plan = WorkingDayPlan(entries: [
            .init(task: "stand-up", kept: true, minutes: 15), .init(task: "lecture", kept: true, minutes: 60),
            .init(task: "documents", kept: true, minutes: 30), .init(task: "calls", kept: true, minutes: 45),
            .init(task: "feed", kept: false, minutes: 0),
        ])
        let score = WorkingDayScore(task: Self.day, plan: plan)
        let rules = [score.priorities, score.dropping, score.estimates, score.ownTime]
        #expect(rules.allSatisfy { $0.passed })
        #expect(score.rating == 5 && score.problems.isEmpty)
    }

    @Test("a poor plan: low-value first, everything kept, an hour's task planned at 15 minutes")
    func poorPlan() {
        let plan = WorkingDayPlan(entries: [
            .init(task: "feed", kept: true, minutes: 20), .init(task: "calls", kept: true, minutes: 40),
            .init(task: "lecture", kept: true, minutes: 15), .init(task: "documents", kept: true, minutes: 30),
            .init(task: "stand-up", kept: true, minutes: 15),
        ])
        let score = WorkingDayScore(task: Self.day, plan: plan)
        #expect(score.priorities.score == 0 && score.priorities.tasks == ["calls", "lecture", "documents"])
        #expect(abs(score.dropping.score - 0.8) < 1e-12 && score.dropping.tasks == ["feed"])
        #expect(abs(score.estimates.score - 0.8) < 1e-12 && score.estimates.tasks == ["lecture"])
        #expect(score.ownTime.passed)
        #expect(abs(score.rating - 3.6) < 1e-12)
    }

    @Test("a day planned from 08:00 to 22:00 fails 'value your own time'; omitted tasks count as dropped")
    func overlongDay() {
        let plan = WorkingDayPlan(entries: [
            .init(task: "lecture", kept: true, minutes: 400), .init(task: "documents", kept: true, minutes: 440),
        ])
        let score = WorkingDayScore(task: Self.day, plan: plan)
        #expect(!score.ownTime.passed)
        #expect(score.problems == ["not in the plan (counted as dropped): calls, feed, stand-up"])
        #expect(score.dropping.tasks == ["calls", "stand-up"])
    }

    @Test("own time: a plan of exactly maxMinutes (540) fits; one minute more does not", arguments: [
        (540, true, 1.0), (541, false, 0.0),
    ])
    func ownTimeLimit(_ minutes: Int, _ fits: Bool, _ share: Double) {
        let plan = WorkingDayPlan(entries: [
            .init(task: "stand-up", kept: true, minutes: 15), .init(task: "lecture", kept: true, minutes: 60),
            .init(task: "documents", kept: true, minutes: 30), .init(task: "calls", kept: true, minutes: minutes - 105),
            .init(task: "feed", kept: false, minutes: 0),
        ])
        let score = WorkingDayScore(task: Self.day, plan: plan)
        #expect(Self.day.rules.maxDayMinutes == 540)
        #expect(score.ownTime.passed == fits && score.ownTime.score == share)
    }
}
