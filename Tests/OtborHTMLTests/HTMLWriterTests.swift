@testable import OtborHTML
import Testing

/// The escaping writer: what is escaped, what is dropped, which names it refuses.
struct HTMLWriterTests {
    @Test("text and attribute values are escaped; control characters other than tab and newline are dropped")
    func escaping() {
        #expect(HTMLWriter.escaped("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
        #expect(HTMLWriter.escaped("tab\tnew\nline\u{0007}\u{0000}\u{001B}\r\u{0085}\u{FFFE}") == "tab\tnew\nline")
        #expect(HTMLWriter.escaped("Привет, «мир» 🙂 \u{202E}") == "Привет, «мир» 🙂 \u{202E}")
        #expect(HTMLWriter.escaped("plain") == "plain")
        var w = HTMLWriter()
        w.element("td", ["class": "x", "title": "\"onclick=\"", "data-none": nil], text: "<b>")
        w.empty("br")
        #expect(w.output == "<td class=\"x\" title=\"&quot;onclick=&quot;\">&lt;b&gt;</td><br/>")
    }

    @Test("escaping works on bytes yet keeps every scalar it should: the same as scalar by scalar", arguments: [
        "12,5\u{00A0}/\u{00A0}4", "\u{00A0}★", "\u{0080}x\u{009F}\u{00A0}\u{00BF}", "a\u{FFFD}b\u{FFFF}c\u{FFFE}\u{F000}\u{FEFF}",
        "«Кейс\u{00A0}1» & <b>", "🙂\u{0085}🙂\r\n", "\u{00A0}", "\u{FFFF}", "x&", "<", "Ω\u{0301}\u{202E}'\"",
        "\u{00C2}\u{00EF}\u{00A0}\u{FFBF}",
    ])
    func bytesAgreeWithScalars(text: String) {
        var expected = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: expected += "&amp;"
            case 0x3C: expected += "&lt;"
            case 0x3E: expected += "&gt;"
            case 0x22: expected += "&quot;"
            case 0x27: expected += "&#39;"
            case 0x09, 0x0A: expected.unicodeScalars.append(scalar)
            case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: continue
            default: expected.unicodeScalars.append(scalar)
            }
        }
        #expect(HTMLWriter.escaped(text) == expected)
        #expect(HTMLWriter.escaped(text).utf8.elementsEqual(expected.utf8))
    }

    @Test("person text and other isolated text are escaped inside <bdi class=\"person\">")
    func isolation() {
        var w = HTMLWriter()
        w.person("Анна <b>")
        w.text(" · ")
        w.isolated("2026-12-02T10:00:00.000Z\u{202E}&")
        #expect(w.output == "<bdi class=\"person\">Анна &lt;b&gt;</bdi> · <bdi class=\"person\">2026-12-02T10:00:00.000Z\u{202E}&amp;</bdi>")
    }

    @Test("nested elements close in order; trusted markup is written as it is")
    func nesting() {
        var w = HTMLWriter(capacity: 16)
        w.trusted("<!DOCTYPE html>")
        w.element("p", ["id": "a"]) { w in
            w.text("x ")
            w.element("em", text: "y")
        }
        #expect(w.output == "<!DOCTYPE html><p id=\"a\">x <em>y</em></p>")
    }

    @Test("event-handler and style attribute names are refused, every other name is allowed")
    func strictCSPNames() {
        for name: StaticString in ["onclick", "onload", "ONERROR", "onmouseover", "style"] {
            #expect(!HTMLWriter.isAllowedUnderStrictCSP(name), "\(name)")
        }
        for name: StaticString in ["class", "href", "data-on", "open", "nonce", "content", "aria-label", "viewBox", "stylesheet"] {
            #expect(HTMLWriter.isAllowedUnderStrictCSP(name), "\(name)")
        }
    }
}
