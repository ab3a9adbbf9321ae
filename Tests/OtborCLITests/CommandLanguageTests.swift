import Foundation
import OtborCore
import OtborStore
import Testing

/// Command tables and messages in Russian (the default) and English, with dates as words in the
/// screen's time zone and no machine timestamp.
@Suite("Commands in Russian and English")
struct CommandLanguageTests {
    /// A machine timestamp such as 2026-11-02T00:00:00.000Z, or a bare ISO day.
    static let machineDate = #"\d{4}-\d{2}-\d{2}"#

    /// A candidate with contacts, a withdrawn consent and a submitted session.
    static func campaign() throws -> PeopleFixture {
        let fixture = try PeopleFixture()
        let id = try fixture.add("Анна Петрова", consent: "2025-03-01")
        try fixture.store.withdrawConsent(candidate: id, on: CalendarDate("2025-04-01")!, actor: "dpo")
        let step = PeopleFixture.guide.steps[0]
        try fixture.session(id, submit: true, answers: [(step, .rating(4), "пример")])
        return fixture
    }

    @Test("candidates list: Russian headers and dates by default, English with --lang en")
    func candidatesList() throws {
        let fixture = try Self.campaign()
        let russian = try fixture.run(["candidates", "list", "--lang", "ru"])
        #expect(russian.status == 0, "\(russian.stderr)")
        let lines = russian.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "№  Имя           Источник  Согласие                Заявки (пройдено этапов)  Срок хранения")
        #expect(lines[2].hasPrefix("1  Анна Петрова  —         отозвано 1 апреля 2025  ssm 1/2                   1 мая 2025 (просрочено на "))
        #expect(russian.stdout.range(of: Self.machineDate, options: .regularExpression) == nil)

        let english = try fixture.run(["candidates", "list", "--lang", "en"])
        let englishLines = english.stdout.split(separator: "\n").map(String.init)
        #expect(englishLines.first == "ID  Name          Source  Consent                 Applications (stages done)  Retention deadline")
        #expect(englishLines[2].hasPrefix("1   Анна Петрова  —       withdrawn 1 April 2025  ssm 1/2                     1 May 2025 (overdue by "))
        #expect(english.stdout.range(of: Self.machineDate, options: .regularExpression) == nil)
    }

    @Test("retention in Russian: plural forms of days and candidates, dates as words")
    func retentionPlurals() throws {
        let fixture = try PeopleFixture()
        for (name, withdrawal) in [("Аркадий", "2025-01-01"), ("Богдана", "2025-01-10"), ("Галина", "2025-01-18"), ("Дарья", "2025-01-16")] {
            let id = try fixture.add(name, consent: "2024-12-01")
            try fixture.store.withdrawConsent(candidate: id, on: CalendarDate(withdrawal)!, actor: "dpo")
        }
        let output = try fixture.run(["retention", "--today", "2025-02-10", "--lang", "ru"])
        #expect(output.status == 0, "\(output.stderr)")
        for text in ["Срок хранения истёк на 10 февраля 2025 (2):", "просрочено на 10 дней", "просрочено на 1 день",
                     "осталось 7 дней", "осталось 5 дней", "отзыв согласия 1 января 2025", "31 января 2025",
                     "Чтобы удалить их (просрочено: 2 кандидата), запустите `otbor retention --apply`."] {
            #expect(output.stdout.contains(text), "\(text) is missing from:\n\(output.stdout)")
        }
        for english in ["overdue", "days", "left", "Because", "Name"] {
            #expect(!output.stdout.contains(english), "\(english) in a Russian screen")
        }
    }

    @Test("interview list shows when a session changed as words in the time zone given, never a timestamp")
    func sessionTimes() throws {
        let fixture = try Self.campaign()
        let updated = try fixture.store.sessions()[0].updatedAt
        for zone in ["Asia/Tokyo", "America/New_York"] {
            let output = try fixture.run(["interview", "list", "--lang", "ru", "--time-zone", zone])
            #expect(output.status == 0, "\(output.stderr)")
            let expected = DateWording(language: .ru, timeZone: TimeZone(identifier: zone)!).dayAndTime(updated)
                .replacingOccurrences(of: "\u{00A0}", with: " ")
            #expect(output.stdout.contains(expected), "\(expected) is missing from:\n\(output.stdout)")
            #expect(output.stdout.contains("отправлена") && output.stdout.contains("Изменена"))
            #expect(output.stdout.range(of: Self.machineDate, options: .regularExpression) == nil)
        }
    }

    @Test("an unknown time zone is a usage error that says what is accepted")
    func unknownTimeZone() throws {
        let fixture = try Self.campaign()
        let output = try fixture.run(["interview", "list", "--time-zone", "Mars/Olympus"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--time-zone 'Mars/Olympus' is not a time zone; give an IANA name such as Europe/Moscow"))
    }

    @Test("an error of the database is worded in the language of the command")
    func errorLanguage() throws {
        let fixture = try Self.campaign()
        let russian = try fixture.run(["candidates", "show", "999", "--lang", "ru"])
        #expect(russian.status == 1 && russian.stderr == "ошибка: нет кандидата «999»; номера кандидатов показывает `otbor candidates list`\n")
        let english = try fixture.run(["candidates", "show", "999", "--lang", "en"])
        #expect(english.status == 1 && english.stderr == "error: no candidate '999'; `otbor candidates list` shows the ids\n")
    }
}
