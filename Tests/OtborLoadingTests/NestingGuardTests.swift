import Foundation
import Testing
@testable import OtborLoading

/// The nesting pre-scan counts only brackets that open flow collections: brackets in quoted
/// scalars, comments, block scalars and plain text are text.
@Suite("Nesting guard")
struct NestingGuardTests {
    static let deep = String(repeating: "[", count: 70)

    @Test("brackets inside quotes, comments, block scalars and plain text are not nesting", arguments: [
        "note: \"\(deep)\"\n",
        "note: \"a \\\" \(deep)\"\n",
        "note: '\(deep)'\n",
        "note: 'it''s \(deep)'\n",
        "note: \"two\n  lines \(deep)\"\n",
        "# \(deep)\nnote: x\n",
        "note: x # \(deep)\n",
        "note: |\n  \(deep)\n  more\nnext: 1\n",
        "list:\n  - >-\n    \(deep)\n",
        "note: a \(deep)\n",
        "items: [\"\(deep)\", '\(deep)']\n",
    ])
    func textIsNotNesting(_ yaml: String) {
        #expect(NestingGuard.firstTooDeep(in: yaml) == nil, "\(yaml.prefix(30))")
        let (root, problem) = YAMLDocument.parse(Data(yaml.utf8), path: "x.yaml")
        #expect(root != nil && problem == nil, "\(problem?.description ?? "")")
    }

    @Test("real nesting is still refused at the bracket that passes the limit", arguments: [
        ("items: \(deep)", 1, 72),
        ("items: &anchor \(deep)", 1, 80),
        ("items: !!seq \(deep)", 1, 78),
        ("note: \"[\"\nitems:\n  - \(deep)", 3, 69),
        ("note: |\n  [\nitems: \(deep)", 3, 72),
        ("a: {b: [c, {d: \(deep)", 1, 77),
    ])
    func nestingRefused(_ yaml: String, _ line: Int, _ column: Int) throws {
        let found = try #require(NestingGuard.firstTooDeep(in: yaml))
        #expect(found.line == line && found.column == column)
    }
}
