import Foundation
import Testing
import OtborCore

struct CalendarDateTests {
    @Test("adding days rolls over months, years and leap days", arguments: [
        ("2026-02-10", 30, "2026-03-12"), ("2026-03-01", 30, "2026-03-31"), ("2028-02-15", 30, "2028-03-16"),
        ("2026-12-15", 30, "2027-01-14"), ("2024-02-28", 1, "2024-02-29"), ("2100-02-28", 1, "2100-03-01"),
        ("2000-02-28", 1, "2000-02-29"), ("1970-01-01", 0, "1970-01-01"), ("2026-03-12", -30, "2026-02-10"),
        ("1969-12-31", 1, "1970-01-01"), ("2026-01-31", 365, "2027-01-31"), ("2028-01-01", 366, "2029-01-01"),
    ])
    func addingDays(_ start: String, _ days: Int, _ expected: String) throws {
        let date = try #require(CalendarDate(start))
        #expect(date.adding(days: days).description == expected)
    }

    @Test("days since 1970-01-01 at known points")
    func epoch() throws {
        #expect(try #require(CalendarDate("1970-01-01")).daysSinceEpoch == 0)
        #expect(try #require(CalendarDate("2000-03-01")).daysSinceEpoch == 11017)
        #expect(try #require(CalendarDate("0001-01-01")).daysSinceEpoch == -719_162)
        let later = try #require(CalendarDate("2026-03-12")), earlier = try #require(CalendarDate("2026-02-10"))
        #expect(later.days(since: earlier) == 30)
    }

    @Test("every day from 1899 to 2101 round-trips through its day number")
    func roundTrip() throws {
        let start = try #require(CalendarDate("1899-01-01"))
        var previous = start
        for offset in 1...(202 * 366) {
            let date = start.adding(days: offset)
            #expect(date > previous)
            #expect(date.daysSinceEpoch == start.daysSinceEpoch + offset)
            #expect(CalendarDate(year: date.year, month: date.month, day: date.day) == date)
            if offset % 997 == 0 { #expect(CalendarDate(date.description) == date) }
            previous = date
        }
    }

    @Test("parsing is strict", arguments: [
        "2026-2-10", "26-02-10", "2026/02/10", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31",
        "2026-02-10 ", "", "２０２６-02-10", "0000-01-01", "2026-02-1a",
    ])
    func invalid(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("leap days exist only in leap years")
    func leapDays() {
        #expect(CalendarDate("2028-02-29") != nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("1900-02-29") == nil)
    }

    @Test("comparison and JSON as YYYY-MM-DD")
    func comparisonAndJSON() throws {
        let a = try #require(CalendarDate("2026-02-10")), b = try #require(CalendarDate("2026-03-01"))
        #expect(a < b && !(b < a))
        let data = try JSONEncoder().encode([a])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-02-10"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [a])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2026-02-30"]"#.utf8))
        }
    }
}
