import OtborCore
import OtborServices

/// The fictional campaign `otbor demo` enters: six candidates for the senior support manager,
/// their DISC answers, one consensus and the decisions. Their interview ratings are the
/// scoresheets in `Interviews/demo/` (authored demo data, fictional people).
enum DemoCampaign {
    static let profile = "senior-support-manager"
    static let scoresheetFolder = "Interviews/demo"
    static let recorder = "Ирина Ковалёва"
    /// The demo's console account (HR), with a password printed for anyone to use: the demo
    /// database holds fictional people only, and the console listens on loopback.
    static let consoleLogin = "demo", consolePassword = "otbor-demo-2026"

    /// The three demo assessors' console accounts for `otbor demo --serve` (login, name as the
    /// scoresheets give it), signing in with ``consolePassword`` like the HR account.
    static let assessors: [(login: String, name: String)] = [
        ("irina", "Ирина Ковалёва"), ("marina", "Марина Лебедева"), ("oleg", "Олег Михайлов"),
    ]

    /// The live group sitting `otbor demo --serve` sets up: three more fictional candidates in the
    /// profile's group exercise, Ирина and Марина watching all three, Олег the first two.
    static let liveGuide = "group-exercise"
    static let liveCandidates = ["Полина Зайцева", "Игорь Смирнов", "Вера Орлова"]
    static let liveWatch: [String: [Int]] = ["irina": [0, 1, 2], "marina": [0, 1, 2], "oleg": [0, 1]]

    /// A candidate as `otbor candidates add` records them, with DISC answer patterns: the factor
    /// chosen as "most" and as "least" in successive groups, cycled over the inventory.
    struct Person {
        var name: String
        var email: String
        var phone: String
        var source: String
        var group: String?
        var consent: String
        var discMost: String?
        var discLeast: String?
    }

    static let people: [Person] = [
        Person(name: "Анастасия Кравец", email: "a.kravets@example.ru", phone: "+7 912 000-11-01", source: "hh.ru",
               group: "женщины", consent: "2026-10-27", discMost: "SCSCSISC", discLeast: "DIDDIDID"),
        Person(name: "Дмитрий Волков", email: "d.volkov@example.ru", phone: "+7 912 000-11-02", source: "рекомендация",
               group: "мужчины", consent: "2026-10-27", discMost: "CDCCDCSC", discLeast: "ISIISIDI"),
        Person(name: "Екатерина Соловьёва", email: "e.solovyova@example.ru", phone: "+7 912 000-11-03", source: "hh.ru",
               group: "женщины", consent: "2026-10-28", discMost: "SISSICSI", discLeast: "DCDCDDCD"),
        Person(name: "Максим Белов", email: "m.belov@example.ru", phone: "+7 912 000-11-04", source: "Хабр Карьера",
               group: "мужчины", consent: "2026-10-28", discMost: "IDIIDSID", discLeast: "CSCSCCSC"),
        Person(name: "Ольга Никитина", email: "o.nikitina@example.ru", phone: "+7 912 000-11-05", source: "hh.ru",
               group: nil, consent: "2026-10-29", discMost: "SSISCSSI", discLeast: "DDCDIDDC"),
        Person(name: "Артём Григорьев", email: "a.grigoriev@example.ru", phone: "+7 912 000-11-06", source: "SuperJob",
               group: "мужчины", consent: "2026-10-29", discMost: nil, discLeast: nil),
    ]

    /// The flagged disagreement the panel resolves, and how.
    struct Agreement {
        var candidate: String
        var stage: String
        var competency: String
        var value: Double
        var rationale: String
        var by: String
    }

    static let consensus = Agreement(
        candidate: "Максим Белов", stage: "client-role-play", competency: "negotiation-conflict", value: 4,
        rationale: """
            Пересмотрели сцену с возражениями: звонок руководителю в ситуации с ребёнком в зоне риска \
            требуют правила дежурства, и до звонка Максим сам успокоил родителя и договорился о \
            следующем шаге. Замечание Олега о передаче решения наверх учли: на остальных сценах \
            Максим решал сам. Итог — уверенная 4.
            """,
        by: "Олег Михайлов")

    /// Decisions as the hiring manager records them.
    static let decisions: [(candidate: String, decision: Decision, reason: String)] = [
        ("Артём Григорьев", .reject, "Ожидания по зарплате вдвое выше вилки, достижения не подтверждены примерами."),
        ("Ольга Никитина", .reject, "Стоп-фактор скрининга: нет опыта руководства; критичные компетенции тоже ниже требуемого уровня."),
        ("Анастасия Кравец", .advance, "Проходит все пороги; приглашаем на встречу с директором."),
        ("Максим Белов", .hire, "Проходит все пороги; оффер принят. На испытательный срок — план развития по точности и английскому."),
    ]

    /// DISC answers built from a person's patterns over the inventory's groups.
    static func discAnswers(_ person: Person, inventory: DISCInventory) -> DISCAnswers? {
        guard let most = person.discMost.map(Array.init), let least = person.discLeast.map(Array.init) else { return nil }
        let answers = inventory.groups.enumerated().compactMap { index, group -> DISCAnswers.Answer? in
            guard let high = DISCFactor(rawValue: String(most[index % most.count])),
                  let low = DISCFactor(rawValue: String(least[index % least.count])), high != low else { return nil }
            return DISCAnswers.Answer(group: group.id, most: high, least: low)
        }
        return DISCAnswers(answers)
    }
}
