import Foundation

/// What an assessor can type at any prompt of an item besides its answer.
enum NavigationKey: Sendable, Equatable {
    /// `s`: leave the item unanswered and come back to it later.
    case skip
    /// `b`: go back to the item shown before.
    case back
    /// `?`: show the help.
    case help
    /// `q`: pause — everything answered is saved — and resume later.
    case pause

    /// The navigation key `text` stands for, if it is one (see ``PromptKey/normalise(_:)``).
    init?(_ text: String) {
        switch PromptKey.normalise(text) {
        case "s": self = .skip
        case "b": self = .back
        case "?", "h": self = .help
        case "q": self = .pause
        default: return nil
        }
    }
}

/// The result of asking for one answer: the answer, or a way the assessor moved on.
enum PromptOutcome<Value> {
    case answer(Value)
    case navigate(NavigationKey)
    /// Input ended (end of file, Ctrl-D): pause like `q`.
    case endOfInput
}

/// Reading what the assessor typed the same way on any keyboard.
enum PromptKey {
    private static let russian = Array("йцукенгшщзхъфывапролджэячсмитьбю.ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,")
    private static let latin = Array("qwertyuiop[]asdfghjkl;'zxcvbnm,./qwertyuiop[]asdfghjkl;'zxcvbnm,.?")

    /// Longest quotation of refused input a message shows.
    static let quotedLength = 24

    /// Text as the runner may echo it: control and format characters as visible escapes
    /// (`\u{1B}`), cut to `length` characters (`nil`: whole), so that a paste or an escape sequence
    /// can neither flood nor drive the terminal.
    static func quoted(_ typed: String, length: Int? = quotedLength) -> String {
        let visible = typed.unicodeScalars.map { scalar in
            [.control, .format, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
                ? scalar.escaped(asASCII: true) : String(scalar)
        }.joined()
        guard let length, visible.count > length else { return visible }
        return visible.prefix(length) + "…"
    }

    /// `Nothing was typed` or `'x' is not accepted here`, to begin a refusal.
    static func refused(_ typed: String, _ words: ConsoleWording) -> String {
        typed.isEmpty ? words(.nothingTyped) : words(.notAccepted, ["typed": quoted(typed)])
    }

    /// A number typed as plain digits ("3", "12"); `nil` for a sign, a leading zero, "0x4" or anything else.
    static func number(_ key: some StringProtocol) -> Int? {
        guard let first = key.first, first != "0", key.allSatisfy({ $0.isASCII && $0.isNumber }), key.count <= 6 else { return nil }
        return Int(key)
    }

    /// Whether a line of text holds a control character other than a tab (an arrow key or Esc
    /// typed into a line, a NUL that would cut the text short where it is stored).
    static func hasControlCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\t" && $0.properties.generalCategory == .control }
    }

    /// Lower-cased, trimmed, with a single key typed on the Russian layout read as the Latin key
    /// in the same place (`т` → `n`, `й` → `q`, `ы` → `s`, `и` → `b`, `н` → `y`, `,` → `?`).
    static func normalise(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 1, let character = trimmed.first else { return trimmed.lowercased() }
        if let index = russian.firstIndex(of: character) { return String(latin[index]) }
        return trimmed.lowercased()
    }
}
