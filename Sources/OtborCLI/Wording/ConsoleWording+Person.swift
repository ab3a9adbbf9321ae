/// Text a person supplied (a name, an assessor, a login's display name, a note) as the terminal
/// prints it: isolated from the surrounding text's direction, as the HTML reports isolate it with
/// `<bdi>`, so that a right-to-left override or right-to-left letters inside it cannot reorder the
/// rest of the line.
extension ConsoleWording {
    /// `text` between FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069) when it
    /// holds a right-to-left letter or a direction control, else as it is (plain left-to-right
    /// names stay byte for byte what was typed). Isolates inside are balanced first: a PDI that
    /// closes nothing is dropped, one is added for each isolate left open, so nothing inside can
    /// end the isolation early or leak past it.
    func person(_ text: String) -> String { Self.isolated(text) }

    /// See ``person(_:)``.
    static func isolated(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsIsolation) else { return text }
        var inner = String.UnicodeScalarView(), open = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2066...0x2068: open += 1
            case 0x2069:
                guard open > 0 else { continue }
                open -= 1
            default: break
            }
            inner.append(scalar)
        }
        return "\u{2068}" + String(inner) + String(repeating: "\u{2069}", count: open) + "\u{2069}"
    }

    /// Direction controls (marks, embeddings, overrides, isolates) and the right-to-left scripts'
    /// letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms, the historic
    /// right-to-left blocks).
    private static func needsIsolation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }

    /// Columns a cell takes on the screen: its characters, leaving out the direction controls,
    /// which take none.
    static func width(_ text: String) -> Int {
        text.count - text.unicodeScalars.filter { [0x200E, 0x200F, 0x061C].contains($0.value) || (0x202A...0x202E).contains($0.value)
            || (0x2066...0x2069).contains($0.value) }.count
    }
}
