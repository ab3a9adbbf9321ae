import OtborCore

/// Fixed-decimal number text without Foundation formatters: a decimal comma and a true minus
/// sign (U+2212) in Russian, a decimal point in English; plain `-` and `.` for SVG coordinates
/// and `data-` attributes.
struct NumberFormat: Sendable {
    /// The decimal separator of displayed numbers.
    let separator: String

    init(language: ContentLanguage) {
        separator = language == .ru ? "," : "."
    }

    private static let powers: [Double] = [1, 10, 100, 1000, 10000]

    /// `value` rounded to `digits` decimals (0…4) for display; `—` for NaN or infinity.
    func fixed(_ value: Double, _ digits: Int) -> String {
        Self.format(value, digits, separator: separator, minus: "\u{2212}")
    }

    /// `value` as a displayed percentage-like 0–100 figure with one decimal.
    func score100(_ value: Double) -> String { fixed(value, 1) }

    /// A displayed interval `[low; high]` (Russian) or `[low, high]` (English).
    func interval(_ low: Double, _ high: Double, _ digits: Int) -> String {
        "[" + fixed(low, digits) + (separator == "," ? "; " : ", ") + fixed(high, digits) + "]"
    }

    /// A number for SVG coordinates and `data-` attributes: `.` and `-`, at most two decimals.
    static func plain(_ value: Double, _ digits: Int = 2) -> String {
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
