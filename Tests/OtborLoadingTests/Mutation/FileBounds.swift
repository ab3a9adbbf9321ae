import Foundation
import OtborLoading

/// The lines of a file, to check that a diagnostic points inside it.
struct FileBounds {
    /// Lines split at `\n` (a `\r` before it stays in the line), as unicode scalars.
    private let lines: [Substring.UnicodeScalarView]

    init(_ data: Data) {
        lines = String(decoding: data, as: UTF8.self).unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    }

    var lineCount: Int { lines.count }

    /// Why `diagnostic` does not point at a character of the file (or just after a line's end),
    /// or `nil` when it does. Line `lineCount` is the one after the last line break.
    func problem(with diagnostic: Diagnostic) -> String? {
        if diagnostic.message.trimmingCharacters(in: .whitespaces).isEmpty { return "the message is empty" }
        guard diagnostic.line >= 1, diagnostic.column >= 1 else { return "line and column must be at least 1" }
        guard diagnostic.line <= lines.count else { return "line \(diagnostic.line) is past the end: the file has \(lines.count) line(s)" }
        let length = lines[diagnostic.line - 1].count
        guard diagnostic.column <= length + 1 else {
            return "column \(diagnostic.column) is past the end of line \(diagnostic.line), which has \(length) character(s)"
        }
        return nil
    }
}
