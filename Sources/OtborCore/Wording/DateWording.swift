import Foundation

/// Dates and times as people write them: "2 ноября 2026", "2 November 2026", "2 ноября 2026, 14:05",
/// in a stated time zone (the campaign's), never as a machine timestamp.
public struct DateWording: Sendable {
    public let language: ContentLanguage
    public let timeZone: TimeZone
    private let calendar: Calendar

    /// Wording in `language`; instants are shown in `timeZone`.
    public init(language: ContentLanguage, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    private static let russianMonths = [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ]
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// A calendar day: "2 ноября 2026", "2 November 2026".
    public func day(_ date: CalendarDate) -> String {
        let months = language == .ru ? Self.russianMonths : Self.englishMonths
        return "\(date.day)\u{00A0}\(months[date.month - 1]) \(date.year)"
    }

    /// The day an instant falls on in the time zone.
    public func day(_ instant: Date) -> String { day(calendarDate(of: instant)) }

    /// The clock time of an instant in the time zone: "14:05".
    public func time(_ instant: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        let minute = parts.minute ?? 0
        return "\(parts.hour ?? 0):" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// Day and time: "2 ноября 2026, 14:05"; the time is left out when it is exactly midnight
    /// (a date recorded without a time).
    public func dayAndTime(_ instant: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: instant)
        if parts.hour == 0, parts.minute == 0, parts.second == 0 { return day(instant) }
        return day(instant) + ", " + time(instant)
    }

    /// The calendar date of an instant in the time zone.
    public func calendarDate(of instant: Date) -> CalendarDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(utc: instant)
    }
}
