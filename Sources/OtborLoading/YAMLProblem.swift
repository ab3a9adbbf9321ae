/// Why a data file is not a YAML document Otbor can read: its bytes, its size of nesting, or the
/// parser's (libyaml's) own complaint, kept as the parser wrote it so a front end can word the
/// common ones. `description` is the English wording.
public enum YAMLProblem: Sendable, Hashable, CustomStringConvertible {
    /// What the parser was doing when it met the problem, and where that began.
    public struct Context: Sendable, Hashable {
        /// Such as "while scanning a quoted scalar".
        public var text: String
        public var line: Int
        public var column: Int

        public init(text: String, line: Int, column: Int) {
            self.text = text
            self.line = line
            self.column = column
        }
    }

    /// The bytes are not UTF-8.
    case notUTF8
    /// A NUL byte: a binary file.
    case nulByte
    /// Nothing but white space.
    case empty
    /// Comments only, or an empty document.
    case noDocument
    /// Deeper than `limit` levels.
    case tooDeep(limit: Int)
    /// The parser's complaint (such as "mapping values are not allowed in this context"), what it
    /// was doing, and whether the line holds a tab (YAML indents with spaces only).
    case syntax(String, context: Context?, tabs: Bool)
    /// A construct (a flow list, a quoted text …) that the file ends without closing, reported
    /// where it was opened (`context`), with the parser's complaint.
    case unclosed(String, context: Context)
    /// The parser's reader refused a character (such as "control characters are not allowed").
    case unreadable(String)
    /// A key twice in one mapping.
    case duplicateKey(String)
    /// Any other failure of the parser, as it describes it.
    case other(String)

    public var description: String {
        switch self {
        case .notUTF8: "the file is not valid UTF-8 text; save it as UTF-8"
        case .nulByte: "the file contains a NUL byte; it looks like a binary file, not YAML"
        case .empty: "the file is empty"
        case .noDocument: "the file holds no YAML document"
        case .tooDeep(let limit): "the YAML is nested more than \(limit) levels deep"
        case .syntax(let problem, let context, let tabs):
            "YAML syntax: \(problem)" + (context.map { " (\($0.text) at \($0.line):\($0.column))" } ?? "")
                + (tabs ? "; YAML does not allow tabs for indentation, use spaces" : "")
        case .unclosed(let problem, let context):
            "YAML syntax: this is not closed before the end of the file (\(context.text)): \(problem)"
        case .unreadable(let problem): "cannot read the file: \(problem)"
        case .duplicateKey(let key): "duplicate key '\(key)' in the same mapping"
        case .other(let text): "cannot read YAML: \(text)"
        }
    }
}
