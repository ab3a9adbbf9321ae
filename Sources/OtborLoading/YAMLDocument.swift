import Foundation
import Yams

/// Parses the text of a data file into a YAML node tree, turning every failure into a diagnostic.
enum YAMLDocument {
    /// The root node, or `nil` with the diagnostic explaining why there is none.
    static func parse(_ data: Data, path: String) -> (root: Node?, problem: Diagnostic?) {
        func problem(_ line: Int, _ column: Int, _ problem: YAMLProblem) -> (Node?, Diagnostic?) {
            (nil, Diagnostic(.error, path: path, line: max(line, 1), column: max(column, 1), .yaml(problem)))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = firstInvalidUTF8(in: data)
            return problem(line, column, .notUTF8)
        }
        if text.contains("\0") {
            let (line, column) = position(of: text.firstIndex(of: "\0")!, in: text)
            return problem(line, column, .nulByte)
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return problem(1, 1, .empty)
        }
        if let line = YAMLSize.lineOverLimit(in: text) {
            return (nil, Diagnostic(.error, path: path, line: line, column: 1, .tooManyNodes(limit: DataFile.yamlNodeLimit)))
        }
        if let depth = NestingGuard.firstTooDeep(in: text) {
            return problem(depth.line, depth.column, .tooDeep(limit: NestingGuard.maximumDepth))
        }
        do {
            guard let root = try Yams.compose(yaml: text) else { return problem(1, 1, .noDocument) }
            return (AliasUses.relocate(root, in: text), nil)
        } catch let error as YamlError {
            return translate(error, text: text, path: path)
        } catch {
            return problem(1, 1, .other("\(error)"))
        }
    }

    private static func translate(_ error: YamlError, text: String, path: String) -> (Node?, Diagnostic?) {
        let lines = lines(of: text)
        func problem(_ line: Int, _ column: Int, _ problem: YAMLProblem) -> (Node?, Diagnostic?) {
            // libyaml ends an unterminated last line with a line break of its own: an error at the end
            // of such a file points past it. Point at the end of the last line instead.
            guard line <= lines.count else {
                let end = lines.count
                return (nil, Diagnostic(.error, path: path, line: end, column: lines[end - 1].count + 1, .yaml(problem)))
            }
            return (nil, Diagnostic(.error, path: path, line: max(line, 1), column: max(column, 1), .yaml(problem)))
        }
        switch error {
        case let .scanner(context, message, mark, _), let .parser(context, message, mark, _),
             let .composer(context, message, mark, _):
            let detail = context.map { YAMLProblem.Context(text: $0.text, line: $0.mark.line, column: $0.mark.column) }
            // A construct left open (a flow list, a quoted text) is only noticed at the end of the
            // file, past the last line; the author fixes it where it was opened.
            if let detail, detail.text.contains("flow") || detail.text.contains("quoted"), atEnd(mark.line, mark.column, of: text) {
                return problem(detail.line, detail.column, .unclosed(message, context: detail))
            }
            let tabs = lines.dropFirst(mark.line - 1).first?.contains("\t") ?? false
            return problem(mark.line, mark.column, .syntax(message, context: detail, tabs: tabs))
        case let .reader(message, offset, _, _):
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: min(max(offset ?? 0, 0), text.utf8.count))
            let (line, column) = position(of: index, in: text)
            return problem(line, column, .unreadable(message))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            let (line, column) = secondOccurrence(of: key, after: context.mark, in: lines)
            return problem(line, column, .duplicateKey(key))
        default:
            return problem(1, 1, .other("\(error)"))
        }
    }

    /// The line and column of the second `key:` at the column of the first, which libyaml's mark points to.
    private static func secondOccurrence(of key: String, after mark: Mark, in lines: [Substring.UnicodeScalarView]) -> (Int, Int) {
        for (index, scalars) in lines.enumerated() where index + 1 > mark.line {
            let line = Substring(scalars)
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            let body = rest.hasPrefix("- ") ? rest.dropFirst(2) : rest
            if indent + 1 == mark.column || (indent + 3 == mark.column && rest.hasPrefix("- ")),
               body.hasPrefix("\(key):") || body.hasPrefix("\"\(key)\":") {
                return (index + 1, mark.column)
            }
        }
        return (mark.line, mark.column)
    }

    /// Line and column (in unicode scalars, as libyaml counts) of `index`. By scalars, not
    /// characters: "\r\n" is one `Character`, and would hide the line breaks of a CRLF file.
    static func position(of index: String.Index, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// Whether a position lies at or after the end of the last character of `text` that is not white space.
    private static func atEnd(_ line: Int, _ column: Int, of text: String) -> Bool {
        guard let last = text.unicodeScalars.lastIndex(where: { !CharacterSet.whitespacesAndNewlines.contains($0) }) else { return true }
        let end = position(of: text.unicodeScalars.index(after: last), in: text)
        return (line, column) >= end
    }

    /// The lines of `text`, split at "\n" only (a "\r" before it stays in its line).
    static func lines(of text: String) -> [Substring.UnicodeScalarView] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Where the first byte lies that is not part of well-formed UTF-8, with the strict rules of
    /// Swift's decoder (no overlong forms, no surrogates, nothing above U+10FFFF).
    private static func firstInvalidUTF8(in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        var bytes = data.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&bytes) {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
