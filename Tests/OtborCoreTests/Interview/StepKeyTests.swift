import OtborCore
import OtborTestSupport
import Testing

/// The step-key format, written by `InterviewStep.key` and read back by `StepKey`.
struct StepKeyTests {
    @Test("every kind of step: key written and read back", arguments: [
        (InterviewStep(item: "conflict", kind: .rating(criterion: nil)), "conflict"),
        (InterviewStep(item: "angry-client", kind: .rating(criterion: "tone")), "angry-client/tone"),
        (InterviewStep(item: "angry-client", kind: .checklist), "angry-client#checklist"),
        (InterviewStep(item: "discount", kind: .classification("responsibility")), "discount#responsibility"),
        (InterviewStep(item: "day", kind: .plan), "day#plan"),
    ])
    func roundTrip(_ step: InterviewStep, _ key: String) {
        #expect(step.key == key)
        #expect(StepKey.step(key) == step)
        #expect(InterviewStep(key: key) == step)
        #expect(StepKey.item(of: key) == step.item)
    }

    @Test("malformed keys name no step", arguments: ["", "/tone", "#plan", "day#", "rp/", "a/b/c", "a#b#c", "a/b#c"])
    func malformed(_ key: String) {
        #expect(StepKey.step(key) == nil)
    }

    @Test("the part of a key: its mark and name")
    func part() {
        #expect(StepKey.part(of: "angry-client/tone")?.mark == "/")
        #expect(StepKey.part(of: "angry-client/tone")?.name == "tone")
        #expect(StepKey.part(of: "day#plan")?.mark == "#")
        #expect(StepKey.part(of: "day#plan")?.name == "plan")
        #expect(StepKey.part(of: "conflict") == nil)
        #expect(StepKey.item(of: "conflict") == "conflict")
    }

    @Test("a guide resolves its keys to its steps, in order")
    func guideSteps() {
        let keys = MixedGuide.guide.steps.map(\.key)
        #expect(keys == ["conflict", "angry-client/tone", "angry-client#checklist", "discount/realism",
                         "discount#responsibility", "day#plan"])
        #expect(keys.map { MixedGuide.guide.step(key: $0) } == MixedGuide.guide.steps)
        #expect(MixedGuide.guide.step(key: "angry-client") == nil)
        #expect(MixedGuide.guide.items.flatMap(\.steps) == MixedGuide.guide.steps)
    }
}
