import Testing

/// Junk an assessor (or a cat, or a paste) can type at a runner prompt, with a short name for the
/// test's description.
struct Keystrokes: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String

    init(_ name: String, _ text: String) {
        self.name = name
        self.text = text
    }

    var testDescription: String { name }

    /// Refused at every prompt of the runner. Invalid UTF-8 arrives as U+FFFD: that is how
    /// `TerminalConsole` decodes the bytes it reads.
    static let junk: [Keystrokes] = [
        .init("0", "0"), .init("6", "6"), .init("+3", "+3"), .init("03", "03"), .init("0x4", "0x4"), .init("99", "99"), .init("-1", "-1"), .init("letters", "abc"),
        .init("Cyrillic letter", "ж"), .init("control character", "\u{01}"), .init("NUL", "\u{0}"), .init("DEL", "\u{7F}"),
        .init("Esc", "\u{1B}"), .init("arrow key", "\u{1B}[A"), .init("clear-screen sequence", "\u{1B}[2J\u{1B}[H"),
        .init("empty line", ""), .init("spaces", "   "), .init("100 kB", String(repeating: "9", count: 100_000)),
        .init("invalid UTF-8", String(decoding: [0xFF, 0xFE, 0xC3], as: UTF8.self)),
    ]
}
