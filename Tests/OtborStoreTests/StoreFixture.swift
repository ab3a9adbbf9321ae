import OtborCore
import OtborTestSupport

/// A small profile and guide for store tests: two questions, one role-play with a checklist.
enum StoreFixture {
    static let guide = ScreenContent.guide([
        ScreenContent.question("q1", .behavioural, "Вопрос 1", competencies: ["empathy"]),
        ScreenContent.question("q2", .situational, "Вопрос 2", competencies: ["empathy", "planning"]),
        ScreenContent.rolePlay("rp", checklist: [("a", "А"), ("b", "Б")]),
    ])

    static let profile = ScreenContent.profile(stages: ["screen"])
}
