import OtborCore
import OtborTestSupport
import Testing

/// `AnswerValue.problems(for:in:)`: whether an answer fits its step, for every kind of step.
struct AnswerProblemsTests {
    static let plan = WorkingDayPlan(entries: [.init(task: "lecture", kept: true, minutes: 60), .init(task: "lunch", kept: false, minutes: 0)])

    static let table: [(key: String, value: AnswerValue, problems: [AnswerProblem])] = [
        // ratings
        ("conflict", .rating(1), []),
        ("conflict", .rating(5), []),
        ("conflict", .rating(nil), []),
        ("conflict", .rating(0), [.ratingOffScale(0)]),
        ("conflict", .rating(6), [.ratingOffScale(6)]),
        ("angry-client/tone", .rating(-3), [.ratingOffScale(-3)]),
        ("conflict", .checklist([]), [.wrongKind(expected: .rating, found: .checklist)]),
        // checklists
        ("angry-client#checklist", .checklist([]), []),
        ("angry-client#checklist", .checklist(["apologises", "interrupts"]), []),
        ("angry-client#checklist", .checklist(["apologises", "greets", "bows"]), [.unknownBehaviour("bows"), .unknownBehaviour("greets")]),
        ("angry-client#checklist", .rating(3), [.wrongKind(expected: .checklist, found: .rating)]),
        // classifications
        ("discount#responsibility", .classification("adequate"), []),
        ("discount#responsibility", .classification(nil), []),
        ("discount#responsibility", .classification("over"), [.unknownOption("over")]),
        ("discount#responsibility", .classification("apologises"), [.unknownOption("apologises")]),
        ("discount#responsibility", .plan(plan), [.wrongKind(expected: .classification, found: .plan)]),
        // plans
        ("day#plan", .plan(plan), []),
        ("day#plan", .plan(WorkingDayPlan(entries: [])), []),
        ("day#plan", .plan(WorkingDayPlan(entries: [.init(task: "lecture", kept: true, minutes: 1440)])), []),
        ("day#plan", .plan(WorkingDayPlan(entries: [.init(task: "gym", kept: true, minutes: 30), .init(task: "lunch", kept: false, minutes: 0)])),
         [.unknownTask("gym")]),
        ("day#plan", .plan(WorkingDayPlan(entries: [.init(task: "lecture", kept: true, minutes: 30), .init(task: "lecture", kept: false, minutes: 0)])),
         [.repeatedTask("lecture")]),
        ("day#plan", .plan(WorkingDayPlan(entries: [.init(task: "lecture", kept: true, minutes: 0), .init(task: "lunch", kept: true, minutes: 1441)])),
         [.minutesOffRange(task: "lecture", minutes: 0), .minutesOffRange(task: "lunch", minutes: 1441)]),
        ("day#plan", .plan(WorkingDayPlan(entries: [.init(task: "lunch", kept: false, minutes: 5000)])), []),
        ("day#plan", .checklist(["lecture"]), [.wrongKind(expected: .plan, found: .checklist)]),
    ]

    @Test("a table of answers per kind of step, with the exact problems", arguments: table)
    func answers(_ key: String, _ value: AnswerValue, _ expected: [AnswerProblem]) {
        #expect(value.problems(for: MixedGuide.step(key), in: MixedGuide.guide) == expected)
    }

    @Test("a step the guide does not have", arguments: [
        InterviewStep(item: "nope", kind: .rating(criterion: nil)),
        InterviewStep(item: "conflict", kind: .rating(criterion: "tone")),
        InterviewStep(item: "angry-client", kind: .rating(criterion: nil)),
        InterviewStep(item: "angry-client", kind: .plan),
        InterviewStep(item: "discount", kind: .classification("urgency")),
        InterviewStep(item: "discount", kind: .checklist),
        InterviewStep(item: "day", kind: .classification("plan")),
    ])
    func notAStep(_ step: InterviewStep) {
        #expect(AnswerValue.rating(3).problems(for: step, in: MixedGuide.guide) == [.notAStep])
    }

    @Test("the item form checks the step belongs to the item given")
    func itemForm() {
        let day = MixedGuide.guide.items[3]
        #expect(AnswerValue.plan(Self.plan).problems(for: MixedGuide.step("day#plan"), item: day) == [])
        #expect(AnswerValue.rating(3).problems(for: MixedGuide.step("conflict"), item: day) == [.notAStep])
    }

    @Test("each problem reads as one English clause")
    func descriptions() {
        #expect(AnswerProblem.ratingOffScale(7).description == "rating 7 is outside the scale 1–5")
        #expect(AnswerProblem.unknownBehaviour("bows").description == "behaviour 'bows' is not on its checklist")
        #expect(AnswerProblem.unknownOption("over").description == "option 'over' is not one of the step's options")
        #expect(AnswerProblem.unknownTask("gym").description == "task 'gym' is not on the working day's list")
        #expect(AnswerProblem.repeatedTask("lecture").description == "task 'lecture' is planned more than once")
        #expect(AnswerProblem.minutesOffRange(task: "lunch", minutes: 0).description == "task 'lunch' is planned for 0 min, outside 1–1440")
        #expect(AnswerProblem.wrongKind(expected: .plan, found: .rating).description == "it takes a plan answer, not a rating")
        #expect(AnswerProblem.notAStep.description == "it is not a step of the guide")
    }
}
