import Foundation

/// Timestamps as the database stores them: ISO 8601 in UTC with milliseconds
/// (`2026-11-02T09:30:00.000Z`), so text order is time order. Formatting and parsing are exact
/// inverses for whole milliseconds, and fast enough for the bulk reads of a large campaign.
public enum StoreTime {
    /// The text of `date`, rounded to the millisecond.
    public static func format(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (days, dayMilliseconds) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
        let (dayNumber, inDay) = dayMilliseconds < 0 ? (days - 1, dayMilliseconds + 86_400_000) : (days, dayMilliseconds)
        let day = CalendarDate(daysSinceEpoch: Int(dayNumber))
        let hours = inDay / 3_600_000, minutes = inDay / 60_000 % 60, seconds = inDay / 1000 % 60, millis = inDay % 1000
        return "\(day)T\(two(hours)):\(two(minutes)):\(two(seconds)).\(three(millis))Z"
    }

    /// The date of a stored timestamp; `nil` for any other text. Fractional seconds may have
    /// 0 to 9 digits (only milliseconds are kept); `Z` is required.
    public static func parse(_ text: String) -> Date? {
        var utf8 = text.utf8[...]
        guard utf8.count >= 20, utf8.last == UInt8(ascii: "Z"),
              let day = CalendarDate(String(decoding: utf8.prefix(10), as: UTF8.self)) else { return nil }
        utf8 = utf8.dropFirst(10)
        func take(_ separator: Unicode.Scalar, _ digits: Int) -> Int64? {
            guard utf8.first == UInt8(ascii: separator) else { return nil }
            utf8 = utf8.dropFirst()
            var value: Int64 = 0
            for _ in 0..<digits {
                guard let byte = utf8.first, (48...57).contains(byte) else { return nil }
                value = value * 10 + Int64(byte - 48)
                utf8 = utf8.dropFirst()
            }
            return value
        }
        guard let hours = take("T", 2), let minutes = take(":", 2), let seconds = take(":", 2),
              hours < 24, minutes < 60, seconds < 61 else { return nil }
        var millis: Int64 = 0
        if utf8.first == UInt8(ascii: ".") {
            utf8 = utf8.dropFirst()
            var digits = 0
            while let byte = utf8.first, (48...57).contains(byte) {
                if digits < 3 { millis = millis * 10 + Int64(byte - 48) }
                digits += 1
                utf8 = utf8.dropFirst()
            }
            guard digits > 0, digits <= 9 else { return nil }
            if digits < 3 { for _ in digits..<3 { millis *= 10 } }
        }
        guard utf8.count == 1 else { return nil }
        let daySeconds: Int64 = Int64(day.daysSinceEpoch) * 86_400
        let timeSeconds: Int64 = hours * 3600 + minutes * 60 + seconds
        let total: Int64 = (daySeconds + timeSeconds) * 1000 + millis
        return Date(timeIntervalSince1970: Double(total) / 1000)
    }

    /// `date` as stored and read back: rounded to the millisecond.
    public static func rounded(_ date: Date) -> Date {
        parse(format(date)) ?? date
    }

    private static func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func three(_ value: Int64) -> String { value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)" }
}
