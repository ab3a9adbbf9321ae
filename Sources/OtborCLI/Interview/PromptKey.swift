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

    /// Lower-cased, trimmed, with a single key typed on the Russian layout read as the Latin key
    /// in the same place (`т` → `n`, `й` → `q`, `ы` → `s`, `и` → `b`, `н` → `y`, `,` → `?`).
    static func normalise(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 1, let character = trimmed.first else { return trimmed.lowercased() }
        if let index = russian.firstIndex(of: character) { return String(latin[index]) }
        return trimmed.lowercased()
    }
}
