/// An estimate of how wide a line of text is in DejaVu Sans (the reports' first font), from the
/// advance widths of its letters, a little generous so that the estimate is never narrower than the
/// text drawn. Charts use it to place labels where a browser cannot be asked.
enum TextWidth {
    /// The width of `text` set at `fontSize` (in the same unit).
    static func of(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for character in text { ems += em(character) }
        return (ems * fontSize).rounded(.up)
    }

    /// The advance width of one character in ems: that of its first scalar, so a letter with a
    /// combining mark is as wide as the letter (scalars compare as numbers, far faster than
    /// characters).
    static func em(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar {
        case " ", "\u{00A0}", ",", ".", ":", ";", "!", "'", "|": return 0.34
        case "i", "j", "l", "I", "í", "ї", "і": return 0.30
        case "-", "(", ")", "[", "]", "f", "t", "r", "«", "»": return 0.44
        case "m", "w", "ж", "ф", "ш", "щ", "ю", "ы": return 0.98
        case "м", "ъ", "%": return 0.86
        case "M", "W", "Ж", "Ш", "Щ", "Ю", "Ы", "Ф", "—", "…": return 1.08
        default:
            return scalar.properties.isUppercase ? 0.82 : 0.66
        }
    }
}
