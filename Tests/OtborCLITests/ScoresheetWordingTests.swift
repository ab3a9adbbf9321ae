import OtborCore
import OtborLoading
import Testing
@testable import OtborCLI

/// Every scoresheet problem `OtborLoading` reports, worded by the CLI: the exact Russian text, and
/// an English text equal to the problem's own `description` (what JSON output and logs carry).
@Suite("Scoresheet diagnostics in Russian and English")
struct ScoresheetWordingTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var problem: ScoresheetProblem
        var russian: String
        var testDescription: String { problem.description }
    }

    static let rows: [Row] = [
        Row(problem: .noCandidateNamed("Анна Петрва", suggestion: nil),
            russian: "нет кандидата с именем «Анна Петрва»; кто есть в базе, показывает `otbor candidates list`"),
        Row(problem: .existingSession(assessor: "Ольга", session: 17, candidate: 2, name: "Борис Орлов", guide: "group-exercise"),
            russian: "у асессора Ольга уже есть сессия 17 с кандидатом 2 (Борис Орлов) по сценарию «group-exercise»; "
                + "асессор оценивает кандидата по сценарию один раз"),
        Row(problem: .unknownProfile("ssm", suggestion: nil, known: ["a", "b"]),
            russian: "неизвестный профиль «ssm»; профили рабочей папки: a, b"),
        Row(problem: .unknownGuide("phone-scren", suggestion: "manager-interview", known: ["manager-interview"]),
            russian: "неизвестный сценарий «phone-scren»; возможно, имелся в виду «manager-interview»?"),
        Row(problem: .notAStage(guide: "g", profile: "p", stages: ["a", "b"]),
            russian: "сценарий «g» — не этап профиля «p»; его этапы: a, b"),
        Row(problem: .oneCandidatePerSheet(guide: "manager-interview", sheets: 2),
            russian: "по сценарию «manager-interview» в листе оценки один кандидат (а листов 2); "
                + "лист на каждого кандидата бывает только в групповом сценарии"),
        Row(problem: .unanswered(["conflict"]), russian: "1 шаг без ответа; он считается неоценённым: conflict"),
        Row(problem: .unanswered(["a", "b"]), russian: "шагов без ответа: 2; они считаются неоценёнными: a, b"),
        Row(problem: .unknownRedFlag("x", guide: "g", suggestion: nil, known: []),
            russian: "неизвестный красный флаг «x» сценария «g»; в сценарии нет красных флагов"),
        Row(problem: .unknownRedFlag("x", guide: "g", suggestion: nil, known: ["y", "z"]),
            russian: "неизвестный красный флаг «x» сценария «g»; его красные флаги: y, z"),
        Row(problem: .repeatedRedFlag("y"), russian: "красный флаг «y» указан дважды"),
        Row(problem: .notACandidate(found: .list), russian: "в `candidate` нужен номер кандидата или его полное имя, а найдено список"),
        Row(problem: .dateInFuture(key: "conducted", date: "2999-01-01", today: "2026-12-02"),
            russian: "«conducted» — 2999-01-01, позже сегодняшнего дня (2026-12-02)"),
        Row(problem: .notAQuestion(key: "angry-client", type: "role-play", steps: ["angry-client/tone"]),
            russian: "«angry-client» — пункт типа «role-play», а не вопрос; его шаги: angry-client/tone"),
        Row(problem: .noCriteria(question: "conflict"), russian: "у вопроса «conflict» нет критериев; оценивайте его как «conflict»"),
        Row(problem: .unknownCriterion("tne", type: "role-play", item: "angry-client", suggestion: "angry-client/tone", steps: []),
            russian: "неизвестный критерий «tne» пункта «angry-client» (тип «role-play»); возможно, имелся в виду «angry-client/tone»?"),
        Row(problem: .unknownItemStep("case/x", type: "case", item: "case", suggestion: nil, steps: ["case/a"]),
            russian: "у пункта «case» (тип «case») нет шага «case/x»; его шаги: case/a"),
        Row(problem: .unknownBehaviour("b", key: "k", suggestion: nil, known: ["c"]), russian: "неизвестное поведение «b» в «k»; его поведения: c"),
        Row(problem: .notAnOption(key: "k", options: ["under", "over"], found: .mapping),
            russian: "«k» — нужен один вариант (under, over) или n (не оценено), а найдено словарь"),
        Row(problem: .unknownTask("t", key: "k", suggestion: "u", known: ["u"]),
            russian: "неизвестная задача «t» в «k»; возможно, имелась в виду «u»?"),
        Row(problem: .repeatedTask("t", firstLine: 9), russian: "задача «t» уже есть в плане в строке 9"),
        Row(problem: .planLineNeedsMinutes(task: "t"),
            russian: "в строке плана с задачей «t» нужно `minutes` или `dropped: true`, если кандидат её отбросил"),
    ]

    @Test("the Russian text is exact and the English one is the problem's description", arguments: rows)
    func wording(_ row: Row) {
        let message = DiagnosticMessage.scoresheet(row.problem)
        #expect(ErrorWording(ConsoleWording(language: .ru)).message(message) == row.russian)
        #expect(ErrorWording(ConsoleWording(language: .en)).message(message) == row.problem.description)
    }

    /// The problems and variants the rows above leave out, so that every one is held to its description.
    static let others: [ScoresheetProblem] = [
        .noCandidateWithID(9), .noCandidateNamed("А", suggestion: "Б"), .ambiguousCandidate("В", ids: [3, 4]),
        .repeatedSheet(candidate: 1, name: "А", firstLine: 6), .unknownProfile("s", suggestion: "ssm", known: ["ssm"]),
        .unknownGuide("g", suggestion: nil, known: ["a", "b"]), .unknownRedFlag("x", guide: "g", suggestion: "y", known: ["y"]),
        .notADate(key: "conducted", found: "01.02.2026"), .answersNotAMapping(found: .text("x")), .stepKeyNotAWord(found: .nothing),
        .unknownCriterion("c", type: "case", item: "i", suggestion: nil, steps: ["i/a"]),
        .unknownItemStep("i/x", type: "case", item: "i", suggestion: "i/a", steps: ["i/a"]),
        .notTicked(key: "k", found: .number("3")), .unknownBehaviour("b", key: "k", suggestion: "c", known: ["c"]),
        .repeatedBehaviour("b", key: "k"), .unknownOption("o", key: "k", suggestion: nil, known: ["p", "q"]),
        .unknownOption("o", key: "k", suggestion: "p", known: ["p"]), .notAPlan(key: "k", found: .alias),
        .unknownTask("t", key: "k", suggestion: nil, known: ["u", "v"]), .droppedWithMinutes(task: "t"),
    ]

    @Test("the English text of every other problem is its description", arguments: others)
    func english(_ problem: ScoresheetProblem) {
        #expect(ErrorWording(ConsoleWording(language: .en)).message(.scoresheet(problem)) == problem.description)
        #expect(ErrorWording(ConsoleWording(language: .ru)).message(.scoresheet(problem)) != problem.description)
    }
}
