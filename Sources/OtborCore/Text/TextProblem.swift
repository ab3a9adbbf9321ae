import Foundation

/// Why a text is refused by ``TextField/check(_:)``: data for each front end to word, with an
/// English description for logs and diagnostics.
public enum TextProblem: Sendable, Hashable, CustomStringConvertible, Error {
    /// Nothing but white space.
    case empty
    /// Only marks, format or direction characters: nothing a reader would see.
    case nothingVisible
    /// A control character (a NUL, an Esc, a line break in a one-line field) at a position.
    case controlCharacter(Unicode.Scalar, at: TextPosition)
    /// More characters than the field holds.
    case tooLong(Int, limit: Int)

    public var description: String {
        switch self {
        case .empty:
            "it is empty"
        case .nothingVisible:
            "it has no visible character (only marks, spaces or direction controls)"
        case .controlCharacter(let scalar, let position):
            "it holds the control character U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)) "
                + "at line \(position.line), column \(position.column)"
                + (scalar == "\n" ? "; give one line of text" : "")
        case .tooLong(let count, let limit):
            "it is \(count) characters long; the most is \(limit)"
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
