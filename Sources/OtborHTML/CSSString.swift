/// Text as a quoted CSS string, for generated style rules such as a page's running header
/// (`@page { @top-left { content: "…" } }`).
///
/// Letters, digits, spaces and a few harmless punctuation marks are kept; every other character
/// becomes a CSS hex escape (`\22 ` for `"`), so the result holds no quote, backslash, `<`, `>`
/// or `&` and reads the same as HTML raw text and as XML. Control and direction-formatting
/// characters are dropped (a running header is one plain line), and the text is cut to `limit`
/// characters.
public enum CSSString {
    /// `text` between double quotes, escaped.
    public static func quoted(_ text: String, limit: Int = 160) -> String {
        var result = "\""
        var kept = 0
        for character in text {
            guard kept < limit else {
                result += "\\2026 "
                break
            }
            var wrote = false
            for scalar in character.unicodeScalars where !isDropped(scalar) {
                wrote = true
                if isPlain(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "\\" + String(scalar.value, radix: 16) + " "
                }
            }
            if wrote { kept += 1 }
        }
        return result + "\""
    }

    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " || ",.:;-()/·—–'!?".unicodeScalars.contains(scalar) { return true }
        return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }

    /// Control characters, line and paragraph separators, and the marks and overrides of
    /// bidirectional text.
    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        default: scalar.properties.generalCategory == .format && scalar.value != 0x200D
        }
    }
}
