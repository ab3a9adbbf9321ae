@testable import OtborHTML
import OtborTestSupport
import Testing

/// Text as a CSS string, and the running header the print frame makes of it.
struct CSSStringTests {
    @Test("letters, digits, spaces and plain punctuation are kept; anything else is a hex escape", arguments: [
        ("Анна Иванова · Старший менеджер", "\"Анна Иванова · Старший менеджер\""),
        ("O'Brien (HR), 2026: ok!", "\"O'Brien (HR), 2026: ok!\""),
        ("a\"b\\c", "\"a\\22 b\\5c c\""),
        ("</style><b>&amp;", "\"\\3c /style\\3e \\3c b\\3e \\26 amp;\""),
        ("x 🙂 y", "\"x \\1f642  y\""),
        ("}{@page", "\"\\7d \\7b \\40 page\""),
    ])
    func quoted(_ text: String, _ expected: String) {
        #expect(CSSString.quoted(text) == expected)
    }

    @Test("control characters, line breaks and direction marks and overrides are dropped")
    func dropped() {
        #expect(CSSString.quoted("\u{202E}a\u{0000}b\u{0007}\r\nc\u{2066}d\u{2069}\u{200F}e\u{2028}") == "\"abcde\"")
    }

    @Test("a long text is cut, with an escaped ellipsis")
    func cut() {
        #expect(CSSString.quoted(String(repeating: "Я", count: 200), limit: 5) == "\"ЯЯЯЯЯ\\2026 \"")
        #expect(CSSString.quoted("ЯЯЯ", limit: 3) == "\"ЯЯЯ\"")
    }

    @Test("the print frame writes the running header as a second <style> with a page-margin rule; hostile text stays inert")
    func runningHeader() throws {
        let frame = PrintFrame(stylesheet: PrintFrameTests.css, runningHeader: "Анна \"Ю\"")
        let html = Page(title: "t", language: "ru", bodyClass: "r", frame: .print(frame)).render { w in w.text("x") }
        #expect(html.contains("<style>\(PrintFrameTests.css)</style><style>@page { @top-left { content: \"Анна \\22 Ю\\22 \"; } }</style></head>"))
        let hostile = Page(title: "t", language: "ru", bodyClass: "r",
                           frame: .print(PrintFrame(stylesheet: PrintFrameTests.css, runningHeader: Hostile.text))).render { _ in }
        let parsed = try ParsedMarkup(hostile)
        #expect(try parsed.count(el("head") + el("style")) == 2)
        #expect(try parsed.count(el("script")) == 0)
        let rule = try #require(parsed.nodes(el("style")).last?.stringValue)
        #expect(rule.filter { $0 == "\"" }.count == 2 && !rule.contains("<") && !rule.contains("&") && !rule.contains("\u{202E}"))
    }
}
