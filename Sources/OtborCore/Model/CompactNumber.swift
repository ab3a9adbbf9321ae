/// Numbers as people write them: `80`, not `80.0`; `4.5` stays `4.5`.
public enum CompactNumber {
    public static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// ``format(_:)`` with the digits of a whole number in groups of three, joined by `separator`
    /// (`280 000` in Russian with a no-break space, `280,000` in English).
    public static func grouped(_ value: Double, separator: String) -> String {
        let text = format(value)
        guard value == value.rounded(), abs(value) >= 10_000 else { return text }
        let sign = text.hasPrefix("-") ? "-" : ""
        var digits = Array(text.dropFirst(sign.count)), groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(String(digits), at: 0)
        return sign + groups.joined(separator: separator)
    }
}
