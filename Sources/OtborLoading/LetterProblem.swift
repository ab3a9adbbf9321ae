import OtborCore

/// What can be wrong in `Letters/letters.yaml` beyond its keys and values: placeholders and
/// translations. `description` is the English wording.
public enum LetterProblem: Sendable, Hashable, CustomStringConvertible {
    /// A `{name}` that is not one of the letter's placeholders, with the names the letter takes.
    case unknownPlaceholder(String, letter: LetterKind, accepted: [LetterPlaceholder])
    /// A text without its English translation.
    case missingTranslation(key: String)
    /// The Russian and English texts use different placeholders.
    case placeholdersDiffer(key: String, russian: [String], english: [String])
    /// A list placeholder inside a sentence: it must be a paragraph of its own.
    case listInSentence(LetterPlaceholder)
    /// Two templates of one kind.
    case letterTwice(LetterKind)
    /// A kind of letter the file has no template for.
    case missingLetter(LetterKind)

    public var description: String {
        switch self {
        case .unknownPlaceholder(let name, let letter, let accepted):
            "unknown placeholder '{\(name)}' in the \(letter.rawValue) letter; it takes: "
                + accepted.map { "{\($0.rawValue)}" }.joined(separator: ", ")
        case .missingTranslation(let key):
            "'\(key)' has no English translation; letters are sent in either language, so write both 'ru' and 'en'"
        case .placeholdersDiffer(let key, let russian, let english):
            "the Russian and English texts of '\(key)' use different placeholders (ru: \(Self.list(russian)); en: \(Self.list(english)))"
        case .listInSentence(let placeholder):
            "'{\(placeholder.rawValue)}' is a list: write it as a paragraph of its own"
        case .letterTwice(let kind):
            "a second '\(kind.rawValue)' letter; each kind has one template"
        case .missingLetter(let kind):
            "no '\(kind.rawValue)' letter; the file needs one of each: "
                + LetterKind.allCases.map(\.rawValue).joined(separator: ", ")
        }
    }

    private static func list(_ names: [String]) -> String {
        names.isEmpty ? "none" : names.map { "{\($0)}" }.joined(separator: ", ")
    }
}
