import Foundation
import OtborCore
import Testing

@Suite("Wording: counts, numbers and dates as people write them")
struct WordingTests {
    static let candidate = CountedNoun(ru: "кандидат", "кандидата", "кандидатов", en: "candidate", "candidates")

    @Test("Russian plural forms by the last two digits", arguments: [
        (0, "0\u{00A0}кандидатов"), (1, "1\u{00A0}кандидат"), (2, "2\u{00A0}кандидата"), (4, "4\u{00A0}кандидата"),
        (5, "5\u{00A0}кандидатов"), (11, "11\u{00A0}кандидатов"), (12, "12\u{00A0}кандидатов"),
        (14, "14\u{00A0}кандидатов"), (21, "21\u{00A0}кандидат"), (22, "22\u{00A0}кандидата"),
        (25, "25\u{00A0}кандидатов"), (101, "101\u{00A0}кандидат"), (111, "111\u{00A0}кандидатов"),
        (10_000, "10\u{202F}000\u{00A0}кандидатов"),
    ])
    func russianPlurals(count: Int, expected: String) {
        #expect(Self.candidate.counted(count, in: .ru) == expected)
    }

    @Test("English singular and plural", arguments: [
        (0, "0\u{00A0}candidates"), (1, "1\u{00A0}candidate"), (2, "2\u{00A0}candidates"), (21, "21\u{00A0}candidates"),
        (10_000, "10,000\u{00A0}candidates"),
    ])
    func englishPlurals(count: Int, expected: String) {
        #expect(Self.candidate.counted(count, in: .en) == expected)
    }

    @Test("Whole numbers group thousands from five digits, decimals use the language's separator")
    func numbers() {
        let ru = NumberFormat(language: .ru), en = NumberFormat(language: .en)
        #expect(ru.whole(1234) == "1234")
        #expect(ru.whole(2_040_000) == "2\u{202F}040\u{202F}000")
        #expect(en.whole(2_040_000) == "2,040,000")
        #expect(ru.whole(-12_345) == "\u{2212}12\u{202F}345")
        #expect(ru.fixed(4.625, 2) == "4,63" || ru.fixed(4.625, 2) == "4,62")
        #expect(en.fixed(-0.5, 1) == "\u{2212}0.5")
    }

    @Test("Dates read as words in the campaign's time zone")
    func dates() throws {
        let moscow = try #require(TimeZone(identifier: "Europe/Moscow"))
        let ru = DateWording(language: .ru, timeZone: moscow)
        let en = DateWording(language: .en, timeZone: moscow)
        let midnightUTC = try #require(StoreTime.parse("2026-11-02T00:00:00.000Z"))
        #expect(ru.day(midnightUTC) == "2\u{00A0}ноября 2026")
        #expect(en.day(midnightUTC) == "2\u{00A0}November 2026")
        #expect(ru.dayAndTime(midnightUTC) == "2\u{00A0}ноября 2026, 3:00")
        let lateUTC = try #require(StoreTime.parse("2026-12-31T22:05:00.000Z"))
        #expect(ru.day(lateUTC) == "1\u{00A0}января 2027")
        #expect(en.time(lateUTC) == "1:05")
        let utc = DateWording(language: .en, timeZone: try #require(TimeZone(identifier: "UTC")))
        #expect(utc.dayAndTime(midnightUTC) == "2\u{00A0}November 2026")
        #expect(ru.day(try #require(CalendarDate("2026-03-08"))) == "8\u{00A0}марта 2026")
        // The proleptic Gregorian calendar before 1582 too (Foundation's .gregorian turns Julian there).
        let old = try #require(StoreTime.parse("1500-01-01T12:00:00.000Z"))
        #expect(utc.day(old) == "1\u{00A0}January 1500")
        #expect(utc.time(old) == "12:00")
    }
}
