import OtborCore
import OtborLoading
import OtborStore
import Testing
@testable import OtborCLI

/// The content files' own checks, the problems between files and the YAML parser's complaints,
/// worded by the CLI: the exact Russian text, and an English text equal to the problem's own
/// `description` (what JSON output and logs carry).
@Suite("Content, workspace and YAML diagnostics in Russian and English")
struct DiagnosticWordingTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var message: DiagnosticMessage
        var russian: String
        var testDescription: String { message.description }
    }

    static let rows: [Row] = [
        // The content files
        Row(message: .content(.notText(key: "title", found: .list)),
            russian: "«title» должно быть текстом (строкой или словарём с ключами `ru` и `en`), а найдено список"),
        Row(message: .content(.refused(key: "note", .controlCharacter("\u{0}", at: TextPosition(line: 1, column: 18, scalar: "\u{0}")))),
            russian: "«note» не принято: в нём управляющий символ U+0000 (строка 1, столбец 18)"),
        Row(message: .content(.unknownSeed("007", known: ["000", "001"])), russian: "`seed` должно быть одним из: \"000\", \"001\", а найдено «007»"),
        Row(message: .content(.notACatalogID("Q2-11")),
            russian: "«Q2-11» — не номер из каталога `seeds-catalog.md` (например, `Q002-11`, `RP-04`, `CASE-06`, `GRP-07`)"),
        Row(message: .content(.notALevelMapping(key: "anchors", found: .text("x"))),
            russian: "«anchors» должно быть словарём из уровней 1–5 и их текстов, а найдено «x»"),
        Row(message: .content(.notALevel(key: "levels", found: .text("high"))), russian: "ключи «levels» должны быть уровнями 1–5, а найдено «high»"),
        Row(message: .content(.levelOffScale(7, key: "levels")), russian: "уровень 7 в «levels» вне шкалы 1–5"),
        Row(message: .content(.missingLevels(key: "levels", [2, 4])), russian: "«levels» должно описывать каждый уровень 1–5; не описаны: 2, 4"),
        Row(message: .content(.notAWeightMapping(key: "competencies", found: .nothing)),
            russian: "«competencies» должно быть словарём из идентификаторов компетенций и их весов, а найдено пустое значение"),
        Row(message: .content(.notACompetencyID(found: .text("Politeness"))),
            russian: "ключ весов компетенций должен быть идентификатором компетенции (строчные латинские буквы, цифры и «-»), а найдено «Politeness»"),
        Row(message: .content(.duplicateID("q", of: .item)), russian: "идентификатор пункта «q» повторяется"),
        Row(message: .content(.duplicateID("d", of: .discGroup)), russian: "идентификатор группы DISC «d» повторяется"),
        Row(message: .content(.notATimeOfDay(key: "start", found: "9 утра")), russian: "«start» должно быть временем дня вида ЧЧ:ММ, а найдено «9 утра»"),
        Row(message: .content(.notADISCCode("SX")), russian: "`disc` должно состоять из разных букв D, I, S, C (например, `SC`), а найдено «SX»"),
        Row(message: .content(.notALanguageCode("eng")),
            russian: "`language` должно быть двухбуквенным кодом языка по `ISO 639-1`, например `en`, а найдено «eng»"),
        Row(message: .content(.itemNotAMapping(found: .text("q"))), russian: "пункт должен быть словарём из ключей и значений, а найдено «q»"),
        Row(message: .content(.itemWithoutType(types: ["case", "question"])), russian: "у пункта нет обязательного ключа `type`; допустимые типы: case, question"),
        Row(message: .content(.itemWithoutSource(item: "q")),
            russian: "пункт «q» должен указать источник (`source`) или то, что он авторский (`authored`)"),
        Row(message: .content(.tooFewOptions), russian: "в классификации нужно не меньше двух вариантов"),
        Row(message: .content(.participantsMaxBelowMin(max: 3, min: 5)), russian: "`max` (3) меньше, чем `min` (5)"),
        Row(message: .content(.dayEndsBeforeStart(start: "18:00", end: "09:00")), russian: "день должен кончаться позже, чем начинается (18:00–09:00)"),
        Row(message: .content(.toleranceNotAShare(0)), russian: "`tolerance` должно быть долей больше 0 (0,5 = ±50 %), а найдено 0"),
        Row(message: .content(.idNotFileName(id: "manager-interview", stem: "phone")),
            russian: "идентификатор «manager-interview» должен совпадать с именем файла «phone»"),
        Row(message: .content(.rangeWithoutMax), russian: "цели вида `range` нужен `max`"),
        Row(message: .content(.maxBelowValue(max: 2.5, value: 3)), russian: "`max` (2,5) меньше, чем `value` (3)"),
        Row(message: .content(.requiredTwice("empathy")), russian: "компетенция «empathy» указана в требованиях дважды"),
        Row(message: .content(.salaryMaxBelowMin(max: 80, min: 90)), russian: "`max` зарплаты (80) меньше, чем `min` (90)"),
        Row(message: .content(.negativeSalary), russian: "`min` зарплаты не может быть отрицательным"),
        Row(message: .content(.knockOutNotRequired("empathy")),
            russian: "правило отсева называет «empathy», а этой компетенции нет в требованиях профиля"),
        Row(message: .content(.belowOffScale(7.5)), russian: "`below` должно быть в пределах 1–5, а найдено 7,5"),
        Row(message: .content(.knockOutWithoutRule), russian: "правилу отсева нужно либо `competency` с `below`, либо `flag`"),
        Row(message: .content(.criticalContext("responsibility")),
            russian: "требование «responsibility» и критическое (`critical`), и справочное (`use: context`); критическое требование — барьер, его нужно оценивать: уберите `use: context` или `critical: true`"),
        Row(message: .content(.knockOutOnContext("english")),
            russian: "правило отсева называет «english», а в этом профиле это справочное требование (`use: context`); отсев должен опираться на оцениваемое требование"),
        Row(message: .content(.knockOutUnderHurdle("english", below: 2, level: 3)),
            russian: "правило отсева «english» ниже 2 никогда не сработает: требование критическое на уровне 3, и барьер уже отсеивает всё, что ниже 3; уберите правило отсева"),
        Row(message: .content(.afterDecisionInProcess("job-offer")),
            russian: "сценарий «job-offer» — этап процесса и одновременно в `afterDecision`; этап либо оценивается до решения, либо проводится после него: уберите одно из двух"),
        Row(message: .content(.hurdleToleranceOutOfRange(1.5)),
            russian: "допуск барьера `tolerance` должен быть не меньше 0 и меньше 1 (доля одного уровня шкалы, например 0,5), а найдено 1,5"),
        Row(message: .content(.highHurdleWithoutTolerance("leadership", level: 4)),
            russian: "требование «leadership» критическое на уровне 4 без допуска `tolerance`: кандидат со средним чуть ниже 4 не проходит барьер, хотя это в пределах погрешности нескольких оценок; укажите `tolerance` (например, 0,5) с комментарием, почему, или понизьте уровень"),
        Row(message: .workspace(.tooManyStages(9, limit: 5)),
            russian: "в процессе 9 этапов; в источнике 002 процесс состоит из 2–5 этапов: объедините этапы или сделайте часть необязательными"),
        Row(message: .workspace(.tooLongForCandidate(minutes: 485, limitHours: 5)),
            russian: "процесс занимает 8,1 ч времени кандидата (485 мин); уложитесь в 5 ч"),
        Row(message: .workspace(.tooLongForCandidate(minutes: 480, limitHours: 5)),
            russian: "процесс занимает 8,0 ч времени кандидата (480 мин); уложитесь в 5 ч"),
        Row(message: .workspace(.scoredRequirementCount(20, minimum: 5, maximum: 9)),
            russian: "профиль оценивает требований: 20; асессоры различают 5–8 измерений, поэтому оценивайте от 5 до 9, а остальные отметьте `use: context` (они показываются со свидетельствами, но не входят в S)"),
        // Between files
        Row(message: .workspace(.unknownCompetency("politenes", in: .item("q"), suggestion: "politeness")),
            russian: "неизвестная компетенция «politenes» (пункт «q»); возможно, имелась в виду «politeness»?"),
        Row(message: .workspace(.unknownCompetency("honesty", in: .requirement, suggestion: nil)), russian: "неизвестная компетенция «honesty» (требование)"),
        Row(message: .workspace(.unknownGuide("role-play", in: .process, suggestion: "roleplay")),
            russian: "неизвестный сценарий «role-play» (процесс); нет файла `Interviews/role-play.yaml`; возможно, имелся в виду «roleplay»?"),
        Row(message: .workspace(.unknownProfile("testr", in: .writtenFor, suggestion: "tester")),
            russian: "неизвестный профиль «testr» (`for` сценария); нет файла `Profiles/testr.yaml`; возможно, имелся в виду «tester»?"),
        Row(message: .workspace(.unknownRedFlag("blames-boss", suggestion: nil)),
            russian: "неизвестный красный флаг «blames-boss»; его не определяет ни один сценарий процесса"),
        Row(message: .workspace(.libraryMissing), russian: "нет библиотеки компетенций"),
        Row(message: .workspace(.unreadable(.notFound)), russian: "не удалось прочитать файл: такого файла нет"),
        Row(message: .workspace(.unreadable(.permissionDenied)), russian: "не удалось прочитать файл: нет прав на чтение"),
        Row(message: .workspace(.unreadable(.isAFolder)), russian: "не удалось прочитать файл: это папка"),
        Row(message: .workspace(.tooManyCompetencies(guide: "panel", competencies: ["a", "b", "c", "d", "e", "f"], limit: 5)),
            russian: "сценарий «panel» оценивает слишком много компетенций: 6 (a, b, c, d, e, f); асессоры надёжно оценивают на одном этапе не больше 5"),
        Row(message: .workspace(.repeatedStage(guide: "phone")), russian: "сценарий «phone» встречается в процессе больше одного раза"),
        Row(message: .workspace(.internalID("RP-01", .catalogueID)),
            russian: "в тексте для людей стоит номер из каталога «RP-01», которого люди не знают; скажите словами, что за ним стоит, а номер оставьте в `source`"),
        Row(message: .workspace(.internalID("positive", .yamlKey)),
            russian: "в тексте для людей стоит ключ YAML «positive», которого люди не знают; скажите словами, что за ним стоит"),
        Row(message: .workspace(.internalID("manager-interview", .guide)),
            russian: "в тексте для людей стоит идентификатор сценария «manager-interview», которого люди не знают; скажите словами, что за ним стоит"),
        Row(message: .workspace(.internalID("head-of-service", .profile)),
            russian: "в тексте для людей стоит идентификатор профиля «head-of-service», которого люди не знают; скажите словами, что за ним стоит"),
        Row(message: .workspace(.internalID("teamwork", .competency)),
            russian: "в тексте для людей стоит идентификатор компетенции «teamwork», которого люди не знают; скажите словами, что за ним стоит"),
        Row(message: .workspace(.protectedTopic("беременны", .pregnancy)),
            russian: "вопрос касается темы «беременность или декретный отпуск» («беременны»), о которой работодатель не вправе спрашивать кандидата (ТК РФ, ст. 3 и 64); спрашивайте о том, чего требует работа"),
        Row(message: .workspace(.guideForOtherProfiles(guide: "working-day", writtenFor: ["senior-support-manager", "client-support-manager"])),
            russian: "сценарий «working-day» написан для профилей senior-support-manager, client-support-manager, а не для этого; возьмите вариант, написанный для этого профиля, или добавьте профиль в `for` сценария"),
        // YAML
        Row(message: .yaml(.notUTF8), russian: "файл — не текст в кодировке UTF-8; сохраните его в UTF-8"),
        Row(message: .yaml(.nulByte), russian: "в файле есть нулевой байт; похоже, это двоичный файл, а не YAML"),
        Row(message: .yaml(.empty), russian: "файл пуст"),
        Row(message: .yaml(.noDocument), russian: "в файле нет документа YAML"),
        Row(message: .yaml(.tooDeep(limit: 64)), russian: "вложенность YAML глубже 64 уровней"),
        Row(message: .yaml(.syntax("mapping values are not allowed in this context", context: nil, tabs: false)),
            russian: "синтаксическая ошибка YAML: здесь не может стоять значение ключа (лишнее двоеточие или неверный отступ)"),
        Row(message: .yaml(.syntax("found unexpected end of stream",
                                   context: YAMLProblem.Context(text: "while scanning a quoted scalar", line: 4, column: 8), tabs: false)),
            russian: "синтаксическая ошибка YAML: файл неожиданно кончился (в тексте в кавычках: начало в строке 4, столбце 8)"),
        Row(message: .yaml(.syntax("found character that cannot start any token",
                                   context: YAMLProblem.Context(text: "while scanning for the next token", line: 5, column: 1), tabs: true)),
            russian: "синтаксическая ошибка YAML: встретился символ, с которого не может начинаться значение "
                + "(при поиске следующего значения: начало в строке 5, столбце 1); YAML не допускает табуляцию в отступах, пишите пробелы"),
        Row(message: .yaml(.syntax("did not find expected key",
                                   context: YAMLProblem.Context(text: "while parsing a block mapping", line: 1, column: 1), tabs: false)),
            russian: "синтаксическая ошибка YAML: не найден ожидаемый ключ (проверьте отступы) (в словаре: начало в строке 1, столбце 1)"),
        Row(message: .yaml(.syntax("could not find expected ':'",
                                   context: YAMLProblem.Context(text: "while scanning a simple key", line: 2, column: 1), tabs: false)),
            russian: "синтаксическая ошибка YAML: не найдено ожидаемое двоеточие после ключа (при чтении ключа: начало в строке 2, столбце 1)"),
        Row(message: .yaml(.syntax("some new complaint", context: YAMLProblem.Context(text: "while doing something", line: 1, column: 2), tabs: false)),
            russian: "синтаксическая ошибка YAML: some new complaint (while doing something: начало в строке 1, столбце 2)"),
        Row(message: .yaml(.unclosed("did not find expected ',' or ']'",
                                     context: YAMLProblem.Context(text: "while parsing a flow sequence", line: 195, column: 9))),
            russian: "синтаксическая ошибка YAML: начатое здесь не закрыто до конца файла (в списке в квадратных скобках): не найдена ожидаемая «,» или «]»"),
        Row(message: .yaml(.unreadable("control characters are not allowed")), russian: "не удалось прочитать файл: управляющие символы недопустимы"),
        Row(message: .yaml(.duplicateKey("title")), russian: "ключ «title» повторяется в одном словаре"),
        Row(message: .yaml(.other("oops")), russian: "не удалось прочитать YAML: oops"),
    ]

    @Test("the Russian text is exact and the English one is the problem's description", arguments: rows)
    func wording(_ row: Row) {
        #expect(ErrorWording(ConsoleWording(language: .ru)).message(row.message) == row.russian)
        #expect(ErrorWording(ConsoleWording(language: .en)).message(row.message) == row.message.description)
    }

    @Test("every protected topic has its own words in both languages", arguments: ProtectedTopic.allCases)
    func topics(_ topic: ProtectedTopic) {
        let message = DiagnosticMessage.workspace(.protectedTopic("x", topic))
        #expect(ErrorWording(ConsoleWording(language: .en)).message(message) == message.description)
        #expect(ConsolePhraseTests.latinWords(ErrorWording(ConsoleWording(language: .ru)).message(message)).isEmpty)
    }

    @Test("every entry of a duplicate id and every reference's place has its own Russian words", arguments: ContentProblem.Entry.allCases)
    func entries(_ entry: ContentProblem.Entry) {
        let message = DiagnosticMessage.content(.duplicateID("x", of: entry))
        #expect(ErrorWording(ConsoleWording(language: .en)).message(message) == message.description)
        #expect(ConsolePhraseTests.latinWords(ErrorWording(ConsoleWording(language: .ru)).message(message)).allSatisfy { $0 == "DISC" })
    }

    @Test("a DISC composite's problems are worded in both languages", arguments: [
        (StoredDISCResult.Problem.tooFewGroups(0), "число групп должно быть не меньше 1, а не 0"),
        (.outsideRange(.d, value: 30, limit: 24), "D = 30 — вне пределов ±24"),
        (.sumNotZero(1), "сумма четырёх значений — 1, а у композита графика III она равна 0"),
    ])
    func disc(_ problem: StoredDISCResult.Problem, _ russian: String) {
        #expect(ErrorWording(ConsoleWording(language: .ru)).message(problem) == russian)
        #expect(ErrorWording(ConsoleWording(language: .en)).message(problem) == problem.description)
    }

    @Test("a request the database refused keeps the engine's detail after a Russian prefix; in English the detail alone")
    func storeRefused() {
        let error = StoreError.invalid("the database is damaged: candidate 3 has no consent date")
        #expect(ErrorWording(ConsoleWording(language: .ru)).message(error)
            == "база данных не приняла запрос: the database is damaged: candidate 3 has no consent date")
        #expect(ErrorWording(ConsoleWording(language: .en)).message(error) == error.description)
    }
}
