import Foundation
@testable import OtborCLI
import OtborCore
import OtborStore
import Testing

/// The runner's own words follow the language: Russian chrome around Russian content, English
/// around English, with plural forms and a decimal comma in Russian.
@Suite("Interview runner in Russian and English")
struct RunnerLanguageTests {
    /// A whole phone screen: three ratings and five facts (an amount, options, one not asked), no
    /// red flags, submitted.
    static let phoneScreen = ["4", "факты", "5", "", "3", "", "150000", "", "1", "", "2", "", "n", "", "1", "", "-", "y"]

    /// Words of the runner's chrome in each language; a screen in one language has none of the other's.
    static let russianChrome = ["Клавиши: 1–5 оценка", "Что проверяет: ", "Компетенции: ", "оценка [1-5 n s b ? q]> ",
                                "сумма [цифры n s b ? q]> ", "вариант [1-3 n s b ? q]> ", " — стоп-фактор", " · факт ",
                                "заметка (факты; Enter — без заметки)> ", "Красные флаги — отметьте то, что наблюдали:",
                                "Отправить сессию 1 сейчас?", "Сессия 1 отправлена: ответы зафиксированы"]
    static let englishChrome = ["Keys: 1–5 rate", "What it checks: ", "Competencies: ", "rating [1-5 n s b ? q]> ",
                                "amount [digits n s b ? q]> ", "option [1-3 n s b ? q]> ", " — knock-out", " · fact ",
                                "note (evidence; Enter for none)> ", "Red flags — tick what you observed:",
                                "Submit session 1 now?", "Submitted session 1: the answers are locked"]

    @Test("a phone screen in Russian: Russian chrome, step counts in their plural form, no English words of the runner")
    func russianScreen() async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("phone-screen")
        let session = try fixture.start(guide)
        let (outcome, console) = try await fixture.run(guide, sessions: [session], input: Self.phoneScreen, language: .ru)
        #expect(outcome == .submitted)
        let output = console.output
        #expect(output.contains("— 8 шагов, по плану 20 мин."), "\(output.prefix(300))")
        #expect(output.contains("Пройдены все 8 шагов."))
        for chrome in Self.russianChrome { #expect(output.contains(chrome), "\(chrome)") }
        for chrome in Self.englishChrome { #expect(!output.contains(chrome), "\(chrome)") }
        for word in ["steps", "planned", "min.", "Submit", "rating", "note", "Keys", "What it checks"] {
            #expect(!output.contains(word), "\(word) in a Russian screen")
        }
    }

    @Test("the same phone screen in English: English chrome and no Russian words of the runner")
    func englishScreen() async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("phone-screen")
        let session = try fixture.start(guide)
        let (outcome, console) = try await fixture.run(guide, sessions: [session], input: Self.phoneScreen, language: .en)
        #expect(outcome == .submitted)
        let output = console.output
        #expect(output.contains("— 8 steps, planned 20 min."), "\(output.prefix(300))")
        #expect(output.contains("All 8 steps are answered."))
        for chrome in Self.englishChrome { #expect(output.contains(chrome), "\(chrome)") }
        for chrome in Self.russianChrome { #expect(!output.contains(chrome), "\(chrome)") }
        // The only Cyrillic is the note the assessor typed.
        let cyrillic = output.split(separator: "\n").filter { $0.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }
        #expect(cyrillic == ["note (evidence; Enter for none)> факты"])
    }

    @Test("a pause in Russian says how many answers are saved and how to resume")
    func russianPause() async throws {
        let fixture = try RunnerFixture()
        let guide = RunnerFixture.guide("manager-interview")
        let session = try fixture.start(guide)
        let (outcome, console) = try await fixture.run(guide, sessions: [session], input: ["4", "", "q"], language: .ru)
        #expect(outcome == .paused)
        #expect(console.output.contains("Пауза: ответы сохранены (1 из 7). Продолжить: otbor interview resume \(session.id) --database"))
    }

    @Test("a working-day plan in Russian: rule results with a decimal comma")
    func russianPlan() async throws {
        let fixture = try RunnerFixture()
        let (guide, task) = try RunnerFixture.workingDay()
        let session = try fixture.start(guide)
        let (_, console) = try await fixture.run(guide, sessions: [session], input: [
            "5 15", "6 30", "8 40", "14 -", "1 60", "18 -", ".", "", "q",
        ], language: .ru)
        let output = console.output
        let plan = try #require(try fixture.store.answers(session: session.id).plans[guide.items[0].id])
        let score = WorkingDayScore(task: task, plan: plan)
        let russian = NumberFormat(language: .ru)
        #expect(output.contains("План сохранён. Оставлено: 4 задачи, запланировано: 145 мин; отброшено: 16 задач."))
        #expect(output.contains("качество \(russian.fixed(score.quality, 2)) → оценка \(russian.fixed(score.rating, 1))"))
        #expect(russian.fixed(score.quality, 2).contains(","))
        #expect(output.contains("приоритеты") && output.contains("выполнено"))
    }

    @Test("a group run in Russian counts steps and candidates in their plural forms")
    func russianGroup() async throws {
        let fixture = try RunnerFixture(candidates: ["Анна", "Борис", "Вера"])
        let guide = RunnerFixture.guide("group-exercise")
        let sessions = try (0..<3).map { try fixture.start(guide, candidate: $0, groupRun: "g1") }
        let (_, console) = try await fixture.run(guide, sessions: sessions, input: ["q"], language: .ru)
        let steps = ConsoleWording(language: .ru).count(guide.steps.count, .step)
        #expect(console.output.contains("— \(steps) × 3 кандидата, по плану"), "\(console.output.prefix(300))")
        #expect(steps.hasSuffix(" шаг") || steps.hasSuffix(" шага") || steps.hasSuffix(" шагов"))
    }
}
