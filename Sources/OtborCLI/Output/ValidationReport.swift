import OtborLoading

/// The JSON shape of `otbor validate --format json`. Like the text output, it carries the first
/// ``ErrorWording/diagnosticLimit`` diagnostics; `more_diagnostics` counts the rest (0 when all are
/// shown), so a file with a million wrong keys gives a short answer.
struct ValidationReport: Encodable {
    struct Entry: Encodable {
        var severity: String
        var path: String
        var line: Int
        var column: Int
        var message: String
    }

    var errors: Int
    var warnings: Int
    var diagnostics: [Entry]
    var moreDiagnostics: Int

    enum CodingKeys: String, CodingKey {
        case errors, warnings, diagnostics
        case moreDiagnostics = "more_diagnostics"
    }

    init(result: WorkspaceLoader.Result, limit: Int = ErrorWording.diagnosticLimit) {
        errors = result.diagnostics.errors.count
        warnings = result.diagnostics.warnings.count
        diagnostics = result.diagnostics.prefix(limit).map {
            Entry(severity: $0.severity.rawValue, path: $0.path, line: $0.line, column: $0.column, message: $0.message)
        }
        moreDiagnostics = max(0, result.diagnostics.count - limit)
    }
}
