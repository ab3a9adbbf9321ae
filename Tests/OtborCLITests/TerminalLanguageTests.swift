import Foundation
import OtborCore
import OtborTestSupport
import Testing

/// Every kind of message the terminal prints follows `--lang`: usage errors of our own checks
/// (`validate()`, the parser's transforms, option groups, Core's field rules), a workspace not
/// found, data-file diagnostics after their `path:line:column: error:` prefix, and the errors of
/// the database. Each row runs a real command in Russian and in English.
@Suite("Terminal messages in the language of --lang")
struct TerminalLanguageTests {
    /// One failing command line and the first line of standard error in each language.
    struct Row: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var russian: String
        var english: String
        var testDescription: String { "otbor " + arguments.joined(separator: " ") }
    }

    static let rows: [Row] = [
        // validate() of a command's option group
        Row(arguments: ["score", "--candidate", "1", "--tolerance", "2"],
            russian: "Ошибка: --tolerance должен быть от 0 до 1, а не 2",
            english: "Error: --tolerance must be between 0 and 1, not 2"),
        // a transform: only our message, without the parser's English frame
        Row(arguments: ["candidates", "add", "X", "--consent-date", "2026-13-45"],
            russian: "Ошибка: --consent-date «2026-13-45» — не дата; пишите ГГГГ-ММ-ДД с настоящим днём, например 2026-03-01",
            english: "Error: --consent-date '2026-13-45' is not a date; use yyyy-mm-dd with a real day, such as 2026-03-01"),
        Row(arguments: ["interview", "list", "--time-zone", "Mars/Olympus"],
            russian: "Ошибка: --time-zone «Mars/Olympus» — не часовой пояс; укажите его имя из базы поясов, например `Europe/Moscow`, `Asia/Yekaterinburg` или `UTC`",
            english: "Error: --time-zone 'Mars/Olympus' is not a time zone; give an IANA name such as Europe/Moscow, Asia/Yekaterinburg or UTC"),
        // Core's field rules
        Row(arguments: ["candidates", "add", "X", "--email", "foo"],
            russian: "Ошибка: --email «foo» — не адрес электронной почты (знаков @: 0); пишите адрес вида `name@example.com`: один знак @, без пробелов, домен с точкой, последняя часть которого не короче 2 символов",
            english: "Error: --email 'foo' is not an e-mail address (0 @ signs); use an address like name@example.com: one @, no spaces, a domain with a dot whose last part has at least 2 characters"),
        Row(arguments: ["candidates", "add", "X", "--source", "a\u{7}b"],
            russian: "Ошибка: --source не принято: в нём управляющий символ U+0007 (строка 1, столбец 2)",
            english: "Error: --source is refused: it holds the control character U+0007 at line 1, column 2"),
        // a command's own validate()
        Row(arguments: ["group", "run", "--guide", "group-exercise", "--candidates", "3,3", "--assessor", "x"],
            russian: "Ошибка: в --candidates больше одного раза названы: 3; укажите каждого кандидата один раз",
            english: "Error: --candidates names 3 more than once; list each candidate once"),
        // Core's account rules
        Row(arguments: ["users", "add", "ab c", "--name", "X", "--role", "hr", "--password-stdin"],
            russian: "Ошибка: в логине допустимы только латинские буквы, цифры, «.», «_» и «-»; в «ab c» есть другие знаки",
            english: "Error: a login may hold only latin letters, digits, '.', '_' and '-'; 'ab c' has others"),
        Row(arguments: ["users", "add", "olga", "--name", " ", "--role", "hr", "--password-stdin"],
            russian: "Ошибка: у учётной записи должно быть отображаемое имя",
            english: "Error: an account needs a display name"),
        // Core's rule for a DISC composite
        Row(arguments: ["disc", "import", "--candidate", "1", "--d", "5", "--i", "1", "--s", "-2", "--c", "-3"],
            russian: "Ошибка: сумма четырёх значений — 1, а у композита графика III она равна 0. "
                + "Допустимо: четыре целых числа с суммой 0, каждое от -24 до 24 (--groups — не меньше 1)",
            english: "Error: the four values add up to 1, but a Graph III composite sums to 0. "
                + "Accepted: four integers that add up to 0, each from -24 to 24 (--groups, at least 1)"),
        Row(arguments: ["serve", "--port", "70000"],
            russian: "Ошибка: --port — от 0 до 65535",
            english: "Error: --port is between 0 and 65535"),
    ]

    @Test("a usage error says what was wrong in the language of --lang, exit status 2", arguments: rows)
    func usage(_ row: Row) throws {
        let folder = try TemporaryFolder("otbor-terminal-language")
        let database = ["--database", folder.file("absent.sqlite").path, "--workspace", OtborProcess.repository.path]
        for (language, expected) in [("ru", row.russian), ("en", row.english)] {
            let output = try OtborProcess.run(row.arguments + database + ["--lang", language])
            #expect(output.status == 2, "\(output.stderr)")
            #expect(output.stderr.split(separator: "\n").first.map(String.init) == expected)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("absent.sqlite").path))
    }

    @Test("a workspace that is not one is named in the language of --lang")
    func notAWorkspace() throws {
        let russian = try OtborProcess.run(["validate", "--workspace", "/nonexistent/otbor", "--lang", "ru"])
        #expect(russian.status == 2)
        #expect(russian.stderr == "Ошибка: --workspace /nonexistent/otbor — не рабочая папка: в ней нужны папки `Profiles/` и `Interviews/`\n")
        let english = try OtborProcess.run(["validate", "--workspace", "/nonexistent/otbor", "--lang", "en"])
        #expect(english.stderr == "Error: --workspace /nonexistent/otbor is not a workspace: it needs the folders Profiles/ and Interviews/\n")
    }

    @Test("diagnostics keep their path:line:column: error: prefix; the message follows --lang")
    func diagnostics() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: OtborProcess.repository.appendingPathComponent("Tests/Fixtures/minimal"), to: root)
        defer { try? FileManager.default.removeItem(at: root) }
        try "id: phone\nkind: phone\ntitle: T\nduration: soon\nitems: []\npurpse: x\n".write(
            to: root.appendingPathComponent("Interviews/phone.yaml"), atomically: true, encoding: .utf8)
        let keys = "id, kind, title, duration, items, purpose, instructions, participants, assessors, source, authored, redFlags, for, alternatives"
        let expected = [
            "ru": ["Interviews/phone.yaml:4:11: error: «duration» должно быть целым числом от 1 до 1440, а найдено «soon»",
                   "Interviews/phone.yaml:5:8: error: «items» не должно быть пустым списком",
                   "Interviews/phone.yaml:6:1: error: неизвестный ключ «purpse» (сценарий интервью); возможно, имелся в виду «purpose»? "
                       + "Допустимые ключи: \(keys)"],
            "en": ["Interviews/phone.yaml:4:11: error: 'duration' must be an integer from 1 to 1440, found 'soon'",
                   "Interviews/phone.yaml:5:8: error: 'items' must not be an empty list",
                   "Interviews/phone.yaml:6:1: error: unknown key 'purpse' in an interview guide; did you mean 'purpose'? "
                       + "expected one of: \(keys)"],
        ]
        for (language, lines) in expected {
            let output = try OtborProcess.run(["validate", "--workspace", root.path, "--lang", language])
            #expect(output.status == 1)
            let printed = output.stdout.split(separator: "\n").map(String.init)
            for line in lines {
                #expect(printed.contains(line), "\(line) is missing from:\n\(output.stdout)")
            }
        }
    }

    @Test("the content files' own checks, unknown references, YAML syntax and an unreadable file follow --lang")
    func contentDiagnostics() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("otbor-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: OtborProcess.repository.appendingPathComponent("Tests/Fixtures/minimal"), to: root)
        defer { try? FileManager.default.removeItem(at: root) }
        let profile = root.appendingPathComponent("Profiles/tester.yaml")
        try String(contentsOf: profile, encoding: .utf8).replacingOccurrences(of: "disc: SC", with: "disc: SX")
            .replacingOccurrences(of: "guide: roleplay", with: "guide: role-play").write(to: profile, atomically: true, encoding: .utf8)
        try "id: disc\ntitle: 'не закрыта\n".write(to: root.appendingPathComponent("Interviews/disc.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Interviews/folder.yaml"), withIntermediateDirectories: false)
        let expected = [
            "ru": ["Interviews/disc.yaml:2:8: error: синтаксическая ошибка YAML: начатое здесь не закрыто до конца файла "
                       + "(в тексте в кавычках): файл неожиданно кончился",
                   "Interviews/folder.yaml:1:1: error: не удалось прочитать файл: это папка",
                   "Profiles/tester.yaml:14:7: error: `disc` должно состоять из разных букв D, I, S, C (например, `SC`), а найдено «SX»",
                   "Profiles/tester.yaml:17:13: error: неизвестный сценарий «role-play» (процесс); нет файла `Interviews/role-play.yaml`; "
                       + "возможно, имелся в виду «roleplay»?"],
            "en": ["Interviews/disc.yaml:2:8: error: YAML syntax: this is not closed before the end of the file "
                       + "(while scanning a quoted scalar): found unexpected end of stream",
                   "Interviews/folder.yaml:1:1: error: cannot read the file: it is a folder",
                   "Profiles/tester.yaml:14:7: error: 'disc' must be distinct letters from D, I, S, C (such as SC), found 'SX'",
                   "Profiles/tester.yaml:17:13: error: unknown guide 'role-play' in process; no file Interviews/role-play.yaml; "
                       + "did you mean 'roleplay'?"],
        ]
        for (language, lines) in expected {
            let output = try OtborProcess.run(["validate", "--workspace", root.path, "--lang", language])
            #expect(output.status == 1)
            #expect(output.stdout.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") } == lines, "\(output.stdout)")
        }
    }

    @Test("a database error is worded in the language of --lang: several candidates of one name")
    func ambiguousCandidate() throws {
        let fixture = try CampaignFixture()
        _ = try fixture.addCandidate("Анна Петрова")
        _ = try fixture.addCandidate("Анна Петрова")
        let russian = try fixture.run(["score", "--candidate", "Анна Петрова", "--lang", "ru"])
        #expect(russian.status == 1)
        #expect(russian.stderr == "ошибка: кандидатов с именем «Анна Петрова» несколько (2, номера 1, 2); укажите номер\n")
        let english = try fixture.run(["score", "--candidate", "Анна Петрова", "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.stderr == "error: 2 candidates are named 'Анна Петрова' (ids 1, 2); give the id\n")
    }

    @Test("a scoresheet's unknown, ambiguous and repeated candidates are worded in the language of --lang")
    func scoresheetCandidates() throws {
        let campaign = try ImportCommandTests.Campaign()
        _ = try campaign.store.addCandidate(NewCandidate(name: "Борис Орлов", consentDate: "2026-11-01"), actor: "hr")
        try campaign.write("profile: senior-support-manager\nguide: group-exercise\nassessor: Ольга\nsubmit: false\nsheets:\n"
            + ["Анна Петрва", "9", "1", "анна петрова", "Борис Орлов"]
                .map { "  - candidate: \($0)\n    answers: {chat-wait-time/activity: 3}\n" }.joined(), to: "sheet.yaml")
        let expected = [
            "ru": ["sheet.yaml:6:16: error: нет кандидата с именем «Анна Петрва»; возможно, имелся в виду «Анна Петрова»?",
                   "sheet.yaml:8:16: error: нет кандидата с номером 9; номера кандидатов показывает `otbor candidates list`",
                   "sheet.yaml:12:16: error: у кандидата 1 (Анна Петрова) уже есть лист в строке 10; "
                       + "асессор оценивает кандидата по сценарию один раз",
                   "sheet.yaml:14:16: error: кандидатов с именем «Борис Орлов» несколько (2, номера 2, 3); напишите вместо имени номер"],
            "en": ["sheet.yaml:6:16: error: no candidate named 'Анна Петрва'; did you mean 'Анна Петрова'?",
                   "sheet.yaml:8:16: error: no candidate with id 9; `otbor candidates list` shows the ids",
                   "sheet.yaml:12:16: error: candidate 1 (Анна Петрова) already has a sheet at line 10; "
                       + "one assessor scores a candidate once per guide",
                   "sheet.yaml:14:16: error: 2 candidates are named 'Борис Орлов' (ids 2, 3); write the id instead"],
        ]
        for (language, lines) in expected {
            let output = try campaign.importSheet("sheet.yaml", ["--lang", language])
            #expect(output.status == 1)
            #expect(output.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") } == lines)
        }
    }
}
