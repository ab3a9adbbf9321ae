/// Fixed-decimal number text without Foundation formatters: a decimal comma and a true minus
/// sign (U+2212) in Russian, a decimal point in English; plain `-` and `.` for SVG coordinates
/// and `data-` attributes.
public struct NumberFormat: Sendable {
    /// The decimal separator of displayed numbers.
    public let separator: String

    /// The thousands separator: a narrow no-break space in Russian, a comma in English.
    public let grouping: String

    public init(language: ContentLanguage) {
        separator = language == .ru ? "," : "."
        grouping = language == .ru ? "\u{202F}" : ","
    }

    /// A whole number with its thousands grouped ("10 000", "10,000"); four digits stay whole.
    public func whole(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var text = value < 0 ? (separator == "," ? "\u{2212}" : "-") : ""
        guard digits.count > 4 else { return text + digits }
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += grouping }
            text.append(digit)
        }
        return text
    }

    private static let powers: [Double] = [1, 10, 100, 1000, 10000]

    /// `value` rounded to `digits` decimals (0…4) for display; `—` for NaN or infinity.
    public func fixed(_ value: Double, _ digits: Int) -> String {
        Self.format(value, digits, separator: separator, minus: "\u{2212}")
    }

    /// `value` as a displayed percentage-like 0–100 figure with one decimal.
    public func score100(_ value: Double) -> String { fixed(value, 1) }

    /// A displayed interval `[low; high]` (Russian) or `[low, high]` (English).
    public func interval(_ low: Double, _ high: Double, _ digits: Int) -> String {
        "[" + fixed(low, digits) + (separator == "," ? "; " : ", ") + fixed(high, digits) + "]"
    }

    /// A number for SVG coordinates and `data-` attributes: `.` and `-`, at most two decimals.
    public static func plain(_ value: Double, _ digits: Int = 2) -> String {
        format(value, digits, separator: ".", minus: "-")
    }

    private static func format(_ value: Double, _ digits: Int, separator: String, minus: String) -> String {
        guard value.isFinite else { return "—" }
        let digits = max(0, min(digits, powers.count - 1))
        let scale = powers[digits]
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(value) }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var text = (value < 0 && units != 0 ? minus : "") + String(whole)
        if digits > 0 {
            let fraction = String(units % Int64(scale))
            text += separator + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return text
    }
}
