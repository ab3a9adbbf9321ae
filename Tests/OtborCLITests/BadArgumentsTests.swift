import ArgumentParser
import Foundation
@testable import OtborCLI
import OtborTestSupport
import Testing

/// Every subcommand given wrong arguments, as a process: it exits 1 or 2 with a message on
/// standard error that names what was wrong, never a crash, and writes nothing.
@Suite("Malformed CLI arguments")
struct BadArgumentsTests {
    static let workspace = ["--workspace", OtborProcess.repository.path]
    static let sheet = ["senior-support-manager", "--stage", "manager-interview", "--assessor", "x"]

    static let rows: [BadArgument] = [
        // The command line itself, and commands that take no database.
        .init(["--bogus"], "Unknown option '--bogus'", .none),
        .init(["frobnicate"], "Unexpected argument 'frobnicate'", .none),
        .init(["validate", "--workspace", "$FOLDER/no-such-workspace"], "no-such-workspace — не рабочая папка: в ней нужны папки `Profiles/` и `Interviews/`", .none),
        .init(["validate", "--format", "xml"] + workspace, "The value 'xml' is invalid for '--format", .none),
        .init(["validate", "--lang", "de"] + workspace, "The value 'de' is invalid for '--lang", .none),
        .init(["profiles", "show", "nope"] + workspace, "нет профиля «nope»; известные профили: client-support-manager", .none),
        .init(["profiles", "show"] + workspace, "Missing expected argument '<id>'", .none),
        .init(["profiles", "list", "--format", "yaml"] + workspace, "The value 'yaml' is invalid for '--format", .none),
        .init(["guides", "show", "nope"] + workspace, "нет сценария «nope»; известные сценарии: case-interview", .none),
        .init(["guides", "list", "--lang", "fr"] + workspace, "The value 'fr' is invalid for '--lang", .none),
        .init(["matrix", "nope"] + workspace, "нет профиля «nope»", .none),
        .init(["stats", "agreement", "$FOLDER/missing.csv"], "missing.csv:1: error: нет такого файла", .none),
        .init(["bench", "--candidates", "0"] + workspace, "--candidates — не меньше 100, а не 0", .none),
        .init(["bench", "--candidates=-5"] + workspace, "--candidates — не меньше 100, а не -5", .none),
        .init(["bench", "--seed", "abc"] + workspace, "The value 'abc' is invalid for '--seed", .none),
        .init(["bench", "--http-assessors", "0"] + workspace,
              "--http-assessors — от 1 до 1000, --http-requests — не меньше, --http-pause-ms — от 0 до 60000, а не 0, 2000 и 250", .none),
        .init(["bench", "--http-assessors", "50", "--http-requests", "10"] + workspace,
              "--http-assessors — от 1 до 1000, --http-requests — не меньше, --http-pause-ms — от 0 до 60000, а не 50, 10 и 250", .none),
        .init(["bench", "--http-pause-ms=-5"] + workspace,
              "--http-assessors — от 1 до 1000, --http-requests — не меньше, --http-pause-ms — от 0 до 60000, а не 50, 2000 и -5", .none),
        .init(["bench", "--http-boards", "201"] + workspace,
              "--http-boards — от 0 до 200, а с табло --http-assessors — не меньше 2 (у каждого кандидата групповой сессии два наблюдателя), а не 201 табло и 50 оценщиков", .none),
        .init(["bench", "--http-assessors", "1", "--http-requests", "5"] + workspace,
              "--http-boards — от 0 до 200, а с табло --http-assessors — не меньше 2 (у каждого кандидата групповой сессии два наблюдателя), а не 20 табло и 1 оценщиков", .none),
        .init(["demo", "--lang", "xx"] + workspace, "The value 'xx' is invalid for '--lang", .none),
        .init(["candidates", "add", "X", "--consent-date", "2026-01-01", "--database", "$FOLDER/plain-file/db.sqlite"] + workspace,
              "plain-file/db.sqlite", .none),
        // Wrong usage found before any database is opened: a missing one is not created.
        .init(["score", "--candidate", "1", "--tolerance=-1"], "Ошибка: --tolerance должен быть от 0 до 1, а не -1", .absent),
        .init(["score"], "Missing expected argument '--candidate <candidate>'", .absent),
        .init(["plan"], "Missing expected argument '<candidate>'", .absent),
        .init(["letter"], "Missing expected argument '<kind>'", .absent),
        .init(["letter", "regret", "--candidate", "1"], "The value 'regret' is invalid for '<kind>'", .absent),
        .init(["letter", "rejection"], "Missing expected argument '--candidate <candidate>'", .absent),
        .init(["letter", "invitation", "--candidate", "1", "--when", " "], "--when пусто", .absent),
        .init(["letter", "offer", "--candidate", "1", "--format", "pdf"], "The value 'pdf' is invalid for '--format", .absent),
        .init(["compare", "--tolerance", "2"], "--tolerance должен быть от 0 до 1, а не 2", .absent),
        .init(["consensus", "--candidate", "1", "--value", "7", "--stage", "manager-interview", "--competency", "politeness", "--rationale", "x"],
              "--value — оценка от 1 до 5 с шагом 0,5, а не 7", .absent),
        .init(["fairness"], "Missing expected argument '--stage <guide>'", .absent),
        .init(["interview", "start", "--candidate", "1", "--profile", "senior-support-manager", "--stage", "manager-interview", "--assessor", " "],
              "--assessor пусто; укажите имя того, кто оценивает", .absent),
        .init(["interview", "start", "--candidate", "1", "--profile", "senior-support-manager", "--assessor", "x"],
              "Missing expected argument '--stage <guide>'", .absent),
        .init(["interview", "resume", "abc"], "The value 'abc' is invalid for '<session>'", .absent),
        .init(["interview", "submit"], "Missing expected argument '<session>'", .absent),
        .init(["interview", "import", "$FOLDER/missing.yaml"], "нет файла листа оценки «", .absent),
        .init(["group", "run", "--guide", "group-exercise", "--candidates", "1", "--assessor", "x"],
              "в --candidates нужны хотя бы два кандидата через запятую", .absent),
        .init(["disc", "import", "--candidate", "1", "--d", "x", "--i", "1", "--s", "1", "--c", "1"], "The value 'x' is invalid for '--d <n>'", .absent),
        .init(["disc", "import", "--candidate", "1", "--d", "100", "--i", "1", "--s", "1", "--c", "1"], "D = 100 — вне пределов ±24; сумма четырёх значений — 103, а у композита графика III она равна 0. Допустимо: четыре целых числа с суммой 0, каждое от -24 до 24", .absent),
        .init(["candidates", "add", "", "--consent-date", "2026-01-01"], "NAME пусто", .absent),
        .init(["candidates", "add", "X", "--consent-date", "2026-13-45"], "--consent-date «2026-13-45» — не дата; пишите ГГГГ-ММ-ДД", .absent),
        .init(["candidates", "add", "X", "--consent-date", "2099-01-01"], "--consent-date 2099-01-01 — день в будущем", .absent),
        .init(["candidates", "add", "X", "--email", "foo"], "--email «foo» — не адрес электронной почты", .absent),
        .init(["candidates", "add", "X", "--phone", "abc"], "--phone «abc» — не номер телефона", .absent),
        .init(["candidates", "list", "--format", "yaml"], "The value 'yaml' is invalid for '--format", .absent),
        .init(["candidates", "erase", "1"], "для удаления нужен --yes; ничего не удалено", .absent),
        .init(["decide", "--candidate", "1", "--decision", "maybe", "--reason", "x"], "The value 'maybe' is invalid for '--decision", .absent),
        .init(["decide", "--candidate", "1", "--decision", "hire", "--reason", ""], "--reason пусто; у решения должно быть основание", .absent),
        .init(["export"], "Missing expected argument '--format <format>'", .absent),
        .init(["retention", "--today", "2026-02-30"], "--today «2026-02-30» — не дата", .absent),
        .init(["report", "all", "--lang", "de"], "The value 'de' is invalid for '--lang", .absent),
        .init(["users", "add", "x", "--name", "Икс", "--role", "hr", "--password-stdin"], "в логине от 2 до 64 знаков, а в «x» их 1", .absent),
        .init(["users", "add", "olga", "--name", "Ольга", "--role", "owner"], "The value 'owner' is invalid for '--role", .absent),
        .init(["users", "add", "olga", "--name", " ", "--role", "hr"], "у учётной записи должно быть отображаемое имя", .absent),
        .init(["users", "list", "--format", "yaml"], "The value 'yaml' is invalid for '--format", .absent),
        .init(["users", "disable", "Ольга"], "в логине допустимы только латинские буквы, цифры, «.», «_» и «-»; в «Ольга» есть другие знаки", .absent),
        .init(["users", "password", "--password-stdin"], "Missing expected argument '<login>'", .absent),
        .init(["users", "token", ""], "в логине от 2 до 64 знаков, а в «» их 0", .absent),
        .init(["serve", "--port", "70000"], "--port — от 0 до 65535", .absent),
        .init(["serve", "--port", "0"], "ещё нет; её создаст `otbor candidates add", .absent),
        .init(["campaign", "--blind-ranking", "yes"], "The value 'yes' is invalid for '--blind-ranking", .absent),
        .init(["db", "migrate"], "ещё нет; её создаст `otbor candidates add", .absent),
        .init(["db", "migrate", "--dry-run"], "ещё нет; её создаст `otbor candidates add", .absent),
        .init(["db", "copy", "--from", "$FOLDER/missing.sqlite", "--to", "$FOLDER/new.sqlite"], "missing.sqlite ещё нет", .none),
        .init(["db", "copy", "--from", "$FOLDER/plain-file", "--to", "$FOLDER/./plain-file"], "--from и --to называют одну и ту же базу", .none),
        .init(["db", "copy", "--from", "$FOLDER/plain-file", "--to", "$FOLDER/new.sqlite"], "plain-file — не база Otbor", .none),
        .init(["db", "copy", "--from", "postgres://otbor:pw@127.0.0.1/c", "--to", "$FOLDER/new.sqlite"], "PGPASSWORD", .none),
        // Unknown ids in a real database, whose rows stay as they were.
        .init(["score", "--candidate", "999"], "нет кандидата «999»", .seeded),
        .init(["score", "--candidate", "abc"], "нет кандидата «abc»", .seeded),
        .init(["plan", "999"], "нет кандидата «999»", .seeded),
        .init(["letter", "rejection", "--candidate", "999"], "нет кандидата «999»", .seeded),
        .init(["letter", "invitation", "--candidate", "1", "--visit", "nope"], "в процессе профиля нет встречи «nope»; есть: call", .seeded),
        .init(["letter", "rejection", "--candidate", "1"], "у кандидата нет завершённых интервью", .seeded),
        .init(["letter", "screening-rejection", "--candidate", "1"], "нет невыполненного условия скрининга", .seeded),
        .init(["plan", "1", "--profile", "nope"], "у кандидата 1 нет заявки на «nope»", .seeded),
        .init(["score", "--candidate", "1", "--profile", "nope"], "у кандидата 1 нет заявки на «nope»", .seeded),
        .init(["compare", "--profile", "nope"], "на «nope» ещё никто не подавал заявку", .seeded),
        .init(["raters", "--profile", "nope"], "на «nope» ещё никто не подавал заявку", .seeded),
        .init(["fairness", "--stage", "nope", "--profile", "senior-support-manager"], "«nope» — не этап профиля senior-support-manager", .seeded),
        .init(["interview", "start", "--candidate", "999", "--profile"] + sheet, "нет кандидата «999»", .seeded),
        .init(["interview", "start", "--candidate", "1", "--profile", "nope", "--stage", "manager-interview", "--assessor", "x"],
              "нет профиля «nope»", .seeded),
        .init(["interview", "start", "--candidate", "1", "--profile", "senior-support-manager", "--stage", "nope", "--assessor", "x"],
              "нет сценария «nope»", .seeded),
        .init(["interview", "resume", "999"], "нет сессии 999", .seeded),
        .init(["interview", "resume", "0"], "нет сессии 0", .seeded),
        .init(["interview", "list", "--candidate", "999"], "нет кандидата «999»", .seeded),
        .init(["group", "run", "--guide", "nope", "--candidates", "1,2", "--assessor", "x"], "нет сценария «nope»", .seeded),
        .init(["disc", "take", "--candidate", "999"], "нет кандидата «999»", .seeded),
        .init(["candidates", "show", "999"], "нет кандидата «999»", .seeded),
        .init(["candidates", "withdraw-consent", "1", "--on", "2020-01-01"], "--on 1 января 2020 — раньше, чем дано согласие", .seeded),
        .init(["report", "candidate", "999"], "нет кандидата «999»", .seeded),
        .init(["report", "compare", "nope"], "на «nope» ещё никто не подавал заявку", .seeded),
        .init(["report", "raters", "nope"], "на «nope» ещё никто не подавал заявку", .seeded),
        .init(["users", "disable", "ghost"], "нет учётной записи «ghost»", .seeded),
        .init(["users", "password", "ghost", "--password-stdin"], "нет учётной записи «ghost»", .seeded),
        .init(["users", "token", "ghost"], "нет учётной записи «ghost»", .seeded),
    ]

    @Test("a wrong command line exits 1 or 2, says what was wrong on standard error, and writes nothing", arguments: rows)
    func badArguments(_ row: BadArgument) throws {
        let run = try BadArgumentRun(row.database)
        let before = try run.snapshot()
        let output = try run.otbor(row.resolved(folder: run.folder))
        #expect([1, 2].contains(output.status), "exit status \(output.status); \(output.stderr)")
        #expect(output.stderr.contains(row.expected), "standard error: \(output.stderr)")
        #expect(output.stdout == "")
        for crash in ["Fatal error", "Stack dump", "Current stack trace", "Segmentation fault"] {
            #expect(!output.stderr.contains(crash))
        }
        #expect(try run.snapshot() == before)
    }

    /// Every command path of `otbor`, such as `interview start`.
    static func commandPaths(_ commands: [ParsableCommand.Type] = OtborCommand.configuration.subcommands,
                             prefix: [String] = []) -> [[String]] {
        commands.flatMap { command -> [[String]] in
            let path = prefix + [command._commandName]
            let subcommands = command.configuration.subcommands
            return subcommands.isEmpty ? [path] : commandPaths(subcommands, prefix: path)
        }
    }

    @Test("every subcommand of otbor has at least one row of wrong arguments")
    func everySubcommand() {
        let paths = Self.commandPaths()
        #expect(paths.count >= 30)
        for path in paths {
            #expect(Self.rows.contains { Array($0.arguments.prefix(path.count)) == path }, "no row for otbor \(path.joined(separator: " "))")
        }
    }

    @Test("a command given a database that does not exist creates none and says how to make one",
          arguments: [["score", "--candidate", "999"], ["candidates", "show", "999"], ["interview", "start", "--candidate", "999", "--profile"] + sheet])
    func missingDatabaseCreated(_ arguments: [String]) throws {
        let run = try BadArgumentRun(.absent)
        let output = try run.otbor(arguments)
        #expect(output.status == 1)
        #expect(output.stderr.contains("ещё нет; её создаст `otbor candidates add"), "in Russian by default: \(output.stderr)")
        #expect(try run.snapshot() == [])
    }
}
