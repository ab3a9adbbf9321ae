import OtborLoading

/// The JSON shape of `otbor validate --format json`.
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

    init(result: WorkspaceLoader.Result) {
        errors = result.diagnostics.errors.count
        warnings = result.diagnostics.warnings.count
        diagnostics = result.diagnostics.map {
            Entry(severity: $0.severity.rawValue, path: $0.path, line: $0.line, column: $0.column, message: $0.message)
        }
    }
}
