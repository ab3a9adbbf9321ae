/// A position in a workspace file.
public struct SourceLocation: Sendable, Hashable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    func diagnostic(_ severity: Diagnostic.Severity, _ kind: DiagnosticMessage) -> Diagnostic {
        Diagnostic(severity, path: path, line: line, column: column, kind)
    }
}
