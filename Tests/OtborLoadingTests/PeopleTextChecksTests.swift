import Testing
import Yams
@testable import OtborLoading

/// What the checks inside texts meant for people find, and what they must leave alone.
struct PeopleTextChecksTests {
    static let checks = PeopleTextChecks(
        guideIDs: ["phone-screen", "presentation"], profileIDs: ["head-of-service"], competencyIDs: ["teamwork", "problem-solving"])

    /// A text as a test argument: its words, its language and whether it is a question.
    struct Sample: Sendable, CustomTestStringConvertible {
        var words: String
        var language: PeopleText.Language
        var question: Bool
        var testDescription: String { words }
    }

    static func text(_ words: String, _ language: PeopleText.Language = .russian, question: Bool = true) -> Sample {
        Sample(words: words, language: language, question: question)
    }

    static func found(_ sample: Sample) -> [String] {
        let text = PeopleText(text: sample.words, language: sample.language, key: "text", isQuestion: sample.question, node: Node(sample.words))
        return (checks.internalIDs(in: text) + checks.protectedTopics(in: text)).map { "\(text.text[$0.range]): \($0.problem)" }
    }

    @Test("internal ids and protected words are found where they stand", arguments: [
        (text("Сначала — вопросы Q002-22…Q002-24."), ["Q002-22", "Q002-24"]),
        (text("Ошибки (пункты с positive false)"), ["positive", "false"]),
        (text("Mistakes (items with positive false)", .english), ["positive"]),
        (text("Only the phone-screen stage measures it", .english), ["phone-screen"]),
        (text("Этап presentation и профиль head-of-service"), ["presentation", "head-of-service"]),
        (text("Оценивается teamwork"), ["teamwork"]),
        (text("Note the redFlags", .english), ["redFlags"]),
        (text("Вы замужем? Планируете ли декрет?"), ["замужем", "декрет"]),
        (text("Сколько у вас детей? Ваш возраст?"), ["детей", "возраст"]),
        (text("Ваше вероисповедание и национальность?"), ["вероисповедание", "национальность"]),
        (text("Есть ли хронические заболевания?"), ["хронические", "заболевания"]),
        (text("Are you pregnant, and what is your age?", .english), ["pregnant", "age"]),
    ])
    func finds(_ text: Sample, _ words: [String]) {
        #expect(Self.found(text).map { String($0.prefix { $0 != ":" }) } == words)
    }

    @Test("ordinary words are left alone", arguments: [
        text("Обсудите детали договора и ориентацию на клиента."),
        text("Здорово! Как вы управляете командой и сроками?"),
        text("A presentation on problem-solving and teamwork for the agency's manager", .english),
        text("Positive feedback is true to the facts", .english),
        text("Подготовьте презентацию (SLA, NPS, CSAT) по сегментам B2B"),
        text("Клиент приехал с ребёнком, а вы отвечаете за порядок в зале", question: false),
        text("Не спрашивайте о декрете, здоровье и семье (ТК РФ, ст. 3, 64)", question: false),
    ])
    func leavesAlone(_ text: Sample) {
        #expect(Self.found(text) == [])
    }
}
