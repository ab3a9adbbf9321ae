import OtborHTML
import OtborTestSupport
import Testing

/// Components are values that write through the writer: alone, in a list, inside a page.
struct HTMLComponentTests {
    @Test("a component renders alone, through the writer, and escapes hostile text in text and attributes")
    func fragment() throws {
        let badge = Badge(text: Hostile.text)
        let expected = "<span class=\"badge\" title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; onmouseover=&quot;x&quot; &amp;amp; &#39; 🙂 \u{202E}txt \">"
            + "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; onmouseover=&quot;x&quot; &amp;amp; &#39; 🙂 \u{202E}txt </span>"
        #expect(badge.renderFragment() == expected)
        var w = HTMLWriter()
        w.write(badge)
        #expect(w.output == expected)
        let parsed = try ParsedMarkup(expected)
        #expect(try parsed.attribute("title", of: el("span")) == [Hostile.shown])
        #expect(parsed.text == Hostile.shown)
        #expect(try parsed.count("//@*[starts-with(local-name(), 'on')]") == 0)
    }

    @Test("components kept in a list are written in order by a fragment")
    func list() throws {
        let parts: [any HTMLComponent] = [Badge(text: "a"), HTMLFragment([Badge(text: "b"), Badge(text: "c")]), Badge(text: "d")]
        let html = HTMLFragment(parts).renderFragment()
        #expect(html == ["a", "b", "c", "d"].map { "<span class=\"badge\" title=\"\($0)\">\($0)</span>" }.joined())
        #expect(HTMLFragment([]).renderFragment().isEmpty)
    }

    @Test("a page renders a component as its content")
    func inPage() throws {
        let page = Page(title: "t", language: "en", bodyClass: "test", frame: .print(PrintFrame(stylesheet: "")))
        let html = page.render(Badge(text: "<x>"))
        #expect(html.contains("<body class=\"test\"><span class=\"badge\" title=\"&lt;x&gt;\">&lt;x&gt;</span></body>"))
        #expect(html == page.render { w in Badge(text: "<x>").write(to: &w) })
    }
}
