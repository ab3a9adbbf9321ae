import Testing
import OtborCore

struct DISCAnswersTests {
    @Test("complete answers have no problems")
    func complete() {
        #expect(DISCTestInventory.f17Answers.problems(against: DISCTestInventory.inventory).isEmpty)
    }

    @Test("every problem is listed: unknown, repeated, same most and least, missing option, unanswered")
    func problems() {
        let inventory = DISCInventory(id: "small", title: LocalizedText(ru: "Мал"), groups: [
            .init(id: "a", options: DISCFactor.allCases.map { .init(factor: $0, text: LocalizedText(ru: $0.rawValue)) }),
            .init(id: "b", options: DISCFactor.allCases.map { .init(factor: $0, text: LocalizedText(ru: $0.rawValue)) }),
            .init(id: "c", options: [DISCFactor.d, .i, .s].map { .init(factor: $0, text: LocalizedText(ru: $0.rawValue)) }),
            .init(id: "d", options: DISCFactor.allCases.map { .init(factor: $0, text: LocalizedText(ru: $0.rawValue)) }),
        ])
        let answers = DISCAnswers([
            .init(group: "a", most: .s, least: .s),
            .init(group: "zz", most: .d, least: .i),
            .init(group: "b", most: .d, least: .i),
            .init(group: "c", most: .c, least: .d),
            .init(group: "b", most: .s, least: .c),
            .init(group: "zz", most: .d, least: .c),
        ])
        let problems = answers.problems(against: inventory)
        #expect(problems == [
            .sameMostAndLeast(group: "a", factor: .s),
            .unknownGroup("zz"),
            .answeredMoreThanOnce(group: "b", times: 2),
            .noSuchOption(group: "c", factor: .c),
            .unanswered(group: "d"),
        ])
        #expect(DISCScoringError(problems: problems).description.contains("group 'b' is answered 2 times"))
    }
}
