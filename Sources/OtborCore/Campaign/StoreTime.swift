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
        var text = text
        return text.withUTF8 { parse($0) }
    }

    /// ``parse(_:)`` on the UTF-8 bytes, read in place (bulk reads parse hundreds of thousands).
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var index = 0
        func digits(_ count: Int) -> Int64? {
            guard index + count <= bytes.count else { return nil }
            var value: Int64 = 0
            for _ in 0..<count {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int64(byte - 48)
                index += 1
            }
            return value
        }
        func expect(_ scalar: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: scalar) else { return false }
            index += 1
            return true
        }
        guard bytes.count >= 20, bytes[bytes.count - 1] == UInt8(ascii: "Z"),
              let year = digits(4), expect("-"), let month = digits(2), expect("-"), let day = digits(2),
              let date = CalendarDate(year: Int(year), month: Int(month), day: Int(day)),
              expect("T"), let hours = digits(2), expect(":"), let minutes = digits(2), expect(":"), let seconds = digits(2),
              hours < 24, minutes < 60, seconds < 61 else { return nil }
        var millis: Int64 = 0
        if expect(".") {
            var count = 0
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                if count < 3 { millis = millis * 10 + Int64(bytes[index] - 48) }
                count += 1
                index += 1
            }
            guard count > 0, count <= 9 else { return nil }
            for _ in count..<max(count, 3) { millis *= 10 }
        }
        guard index == bytes.count - 1 else { return nil }
        let daySeconds: Int64 = Int64(date.daysSinceEpoch) * 86_400
        let timeSeconds: Int64 = hours * 3600 + minutes * 60 + seconds
        return Date(timeIntervalSince1970: Double((daySeconds + timeSeconds) * 1000 + millis) / 1000)
    }

    /// `date` as stored and read back: rounded to the millisecond.
    public static func rounded(_ date: Date) -> Date {
        parse(format(date)) ?? date
    }

    private static func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func three(_ value: Int64) -> String { value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)" }
}
