import Foundation

/// Dates and times as people write them: "2 ноября 2026", "2 November 2026", "2 ноября 2026, 14:05",
/// in a stated time zone (the campaign's), never as a machine timestamp.
///
/// Days are counted in the proleptic Gregorian calendar (``CalendarDate``), as everywhere in Otbor;
/// the time zone gives only the offset from UTC at each instant.
public struct DateWording: Sendable {
    public let language: ContentLanguage
    public let timeZone: TimeZone

    /// Wording in `language`; instants are shown in `timeZone`.
    public init(language: ContentLanguage, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
    }

    /// The second of the local day an instant falls in (0…86,399).
    private func secondOfDay(_ instant: Date) -> Int {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: instant)
        let second = seconds % 86_400
        return second < 0 ? second + 86_400 : second
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
        let second = secondOfDay(instant), minute = second / 60 % 60
        return "\(second / 3600):" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// Day and time: "2 ноября 2026, 14:05"; the time is left out when it is exactly midnight
    /// (a date recorded without a time).
    public func dayAndTime(_ instant: Date) -> String {
        secondOfDay(instant) == 0 ? day(instant) : day(instant) + ", " + time(instant)
    }

    /// The calendar date of an instant in the time zone.
    public func calendarDate(of instant: Date) -> CalendarDate {
        CalendarDate(instant, in: timeZone)
    }
}
