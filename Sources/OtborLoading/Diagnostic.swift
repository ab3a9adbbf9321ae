/// A problem found in a data file, with its position: `path:line:column: error: message`.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    /// Path relative to the workspace, such as `Profiles/senior-support-manager.yaml`.
    public var path: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// What is wrong, as data for a front end to word in its language.
    public var kind: DiagnosticMessage
    /// What is wrong, in English.
    public var message: String { kind.description }

    public init(_ severity: Severity, path: String, line: Int, column: Int, _ kind: DiagnosticMessage) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.kind = kind
    }

    public var description: String { "\(path):\(line):\(column): \(severity.rawValue): \(message)" }

    /// Sorted by file, then line, then column.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line, lhs.column, lhs.severity, lhs.message)
            < (rhs.path, rhs.line, rhs.column, rhs.severity, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    /// The errors only.
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    /// The warnings only.
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
