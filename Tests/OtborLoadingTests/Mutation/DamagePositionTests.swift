import Foundation
import Testing
@testable import OtborLoading

/// The damage the mutation corpus found reported outside the file or at the wrong line, pinned
/// down one case each: strict UTF-8, CRLF line endings, a truncated last line.
@Suite("Malformed data files: positions of the damage the corpus found")
struct DamagePositionTests {
    static func problem(_ bytes: [UInt8]) -> String? {
        YAMLDocument.parse(Data(bytes), path: "Interviews/x.yaml").problem?.description
    }

    static func problem(_ text: String) -> String? {
        problem(Array(text.utf8))
    }

    @Test("UTF-8 that only looks well formed is reported on its own line, not at the end of the file", arguments: [
        ([0xC0, 0xAF], "overlong '/'"), ([0xE0, 0x80, 0xAF], "overlong 3 bytes"), ([0xED, 0xA0, 0x80], "surrogate"),
        ([0xF4, 0x90, 0x80, 0x80], "above U+10FFFF"), ([0xFF], "0xFF"),
    ] as [([UInt8], String)])
    func strictUTF8(_ bad: [UInt8], _ what: String) {
        let bytes = Array("id: x\ntitle: Тест\nkind: ".utf8) + bad + Array("phone\nduration: 5\n".utf8)
        #expect(Self.problem(bytes) == "Interviews/x.yaml:3:7: error: the file is not valid UTF-8 text; save it as UTF-8", "\(what)")
    }

    @Test("in a file with CRLF line endings, nesting that is too deep is reported at its line and column")
    func crlfNesting() {
        let text = "id: x\r\ntitle: t\r\nitems: " + String(repeating: "[", count: 100)
        #expect(Self.problem(text) == "Interviews/x.yaml:3:72: error: the YAML is nested more than 64 levels deep")
    }

    @Test("in a file with CRLF line endings, block nesting 10,000 deep is refused with the guard's message at its line")
    func crlfBlockNesting() {
        let text = "id: x\r\ntitle: t\r\nitems:\r\n  " + String(repeating: "- ", count: 10_000) + "x\r\n"
        #expect(Self.problem(text) == "Interviews/x.yaml:4:1: error: the YAML is nested more than 64 levels deep")
    }

    @Test("in a file with CRLF line endings, a NUL byte is reported at its line and column")
    func crlfNUL() {
        #expect(Self.problem("id: x\r\ntitle: a\0b\r\n") == "Interviews/x.yaml:2:9: error: the file contains a NUL byte; it looks like a binary file, not YAML")
    }

    @Test("in a file with CRLF line endings, a duplicate key is reported at its second occurrence")
    func crlfDuplicateKey() {
        #expect(Self.problem("id: x\r\ntitle: a\r\nkind: phone\r\ntitle: b\r\n") == "Interviews/x.yaml:4:1: error: duplicate key 'title' in the same mapping")
    }

    @Test("a file cut in the middle of a flow mapping on its last line points where the mapping opens")
    func truncatedLastLine() {
        #expect(Self.problem("id: x\ntitle: {ru: Тест, en: Te") == "Interviews/x.yaml:2:8: error: YAML syntax: "
            + "this is not closed before the end of the file (while parsing a flow mapping): did not find expected ',' or '}'")
    }
}
