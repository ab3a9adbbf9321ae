import Foundation

/// The values of a letter's placeholders in one language.
public struct LetterValues: Sendable, Hashable {
    public var texts: [LetterPlaceholder: String]
    public var lists: [LetterPlaceholder: [String]]

    public init(texts: [LetterPlaceholder: String] = [:], lists: [LetterPlaceholder: [String]] = [:]) {
        self.texts = texts
        self.lists = lists
    }

    /// `text` with its first letter in lower case, to follow a colon ("Name: what to do"); an
    /// first word with another capital or a digit ("SLA", "B2", "PASS24") is left as it is.
    public static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        if text.prefix(while: { !$0.isWhitespace }).dropFirst().contains(where: { $0.isUppercase || $0.isNumber }) { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// `text` with each `{name}` of a text placeholder replaced; a list inside a sentence is
    /// joined with "; ".
    func replace(in text: String) -> String {
        var result = text
        for placeholder in LetterPlaceholder.allCases {
            let token = "{\(placeholder.rawValue)}"
            guard result.contains(token) else { continue }
            let value = texts[placeholder] ?? lists[placeholder].map { $0.joined(separator: "; ") } ?? ""
            result = result.replacingOccurrences(of: token, with: value)
        }
        return result
    }
}
