import Foundation
import Testing
import Yams
@testable import OtborLoading

/// A diagnostic about an alias points at the alias's use (`*name`), not at its anchor.
@Suite("Alias uses")
struct AliasUseTests {
    @Test("a wrong value given through an alias is reported at the alias, not at the anchor")
    func scoresheetAlias() {
        let yaml = "profile: senior-support-manager\nguide: group-exercise\nassessor: &who Ольга\nconducted: *who\nsubmit: false\n"
            + "sheets:\n  - candidate: 1\n    answers: {chat-wait-time/activity: 3}\n"
        let result = ScoresheetLoader.parse(Data(yaml.utf8), path: "sheet.yaml", library: ScoresheetLoaderTests.shipped)
        #expect(result.diagnostics.map(\.description) == [
            "sheet.yaml:4:12: error: 'conducted' must be a date written yyyy-mm-dd, found 'Ольга'",
        ])
    }

    @Test("each alias use gets its own position: in mappings, sequences and flow collections; real nodes keep theirs")
    func positions() throws {
        let yaml = "a: &x 1\nb: *x\nc: [&y 2, *y, *x]\nd:\n  - *x\n  - e: *y\nf: \"R&D *not an alias\"\n"
        let (root, problem) = YAMLDocument.parse(Data(yaml.utf8), path: "x.yaml")
        #expect(problem == nil)
        let mapping = try #require(root?.mapping)
        func at(_ node: Node?) -> String { node?.mark.map { "\($0.line):\($0.column)" } ?? "-" }
        #expect(at(mapping["a"]) == "1:4")
        #expect(at(mapping["b"]) == "2:4")
        #expect(mapping["c"]?.sequence.map { $0.map { at($0) } } == ["3:5", "3:11", "3:15"])
        #expect(mapping["d"]?.sequence.map { $0.map { at($0) } } == ["5:5", "6:5"])
        #expect(at(mapping["d"]?.sequence?[1].mapping?["e"]) == "6:8")
        #expect(at(mapping["f"]) == "7:4")
    }
}
