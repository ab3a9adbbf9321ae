import Foundation
import Testing
@testable import OtborLoading

struct YAMLDocumentTests {
    @Test("absurd nesting is refused with a position instead of overflowing the stack")
    func deepNesting() {
        let text = "id: x\nitems: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let (root, problem) = YAMLDocument.parse(Data(text.utf8), path: "Interviews/x.yaml")
        #expect(root == nil)
        #expect(problem?.description == "Interviews/x.yaml:2:72: error: the YAML is nested more than 64 levels deep")
    }

    @Test("binary junk is reported, not parsed")
    func binary() {
        let (root, problem) = YAMLDocument.parse(Data([0x69, 0x64, 0x3A, 0x00, 0x01, 0x02]), path: "a.yaml")
        #expect(root == nil)
        #expect(problem?.message.contains("NUL byte") == true)
    }

    @Test("edit distance suggests likely typos only", arguments: [
        ("duraton", "duration"), ("titel", "title"), ("qqqqqqq", nil),
    ] as [(String, String?)])
    func suggestions(_ typo: String, _ expected: String?) {
        #expect(NodeReader.closest(to: typo, in: ["id", "title", "duration", "items"]) == expected)
    }
}
