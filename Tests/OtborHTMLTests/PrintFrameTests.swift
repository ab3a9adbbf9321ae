import OtborHTML
import OtborTestSupport
import Testing

/// The printable frame the reports use: exact markup, inline stylesheet, footer, polyglot.
struct PrintFrameTests {
    static let css: StaticString = "@page { size: A4; margin: 15mm; } .person { unicode-bidi: isolate; }"

    @Test("the print frame writes doctype, XHTML root with lang, charset first, title, one inline style, content, footer")
    func exact() {
        let page = Page(title: "Отчёт — " + Page.isolated("Анна"), language: "ru", bodyClass: "candidate-report",
                        frame: .print(PrintFrame(stylesheet: Self.css, footer: Badge(text: "f"))))
        let html = page.render { w in w.element("h1", text: "Заголовок") }
        #expect(html == "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ru\"><head>"
            + "<meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
            + "<meta name=\"generator\" content=\"Otbor\"/><title>Отчёт — \u{2068}Анна\u{2069}</title>"
            + "<style>\(Self.css)</style></head><body class=\"candidate-report\"><h1>Заголовок</h1>"
            + "<footer class=\"page-footer\"><span class=\"badge\" title=\"f\">f</span></footer></body></html>\n")
    }

    @Test("hostile title, language and footer text are escaped; nothing loads or runs; the markup parses as XML")
    func hostile() throws {
        let page = Page(title: Hostile.text, language: "en\"><script>", bodyClass: "r",
                        frame: .print(PrintFrame(stylesheet: Self.css, footer: Badge(text: Hostile.text))), generator: nil)
        let html = page.render(Badge(text: Hostile.text))
        let parsed = try ParsedMarkup(html)
        #expect(try parsed.count(el("head") + "/*[1][local-name()='meta'][@charset='utf-8']") == 1)
        #expect(try parsed.attribute("lang", of: "/*") == ["en\"><script>"])
        #expect(try parsed.nodes(el("title")).first?.stringValue == Hostile.shown)
        #expect(try parsed.count(el("meta", "@name='generator'")) == 0)
        #expect(try parsed.count(el("style")) == 1)
        for name in ["script", "link", "img", "iframe", "object", "base"] {
            #expect(try parsed.count(el(name)) == 0, "\(name)")
        }
        #expect(try parsed.count("//@*[starts-with(local-name(), 'on')]") == 0)
        #expect(try parsed.attribute("title", of: el("footer", "@class='page-footer'") + el("span")) == [Hostile.shown])
        #expect(try parsed.count(el("body") + "/*[last()][local-name()='footer']") == 1)
    }

    @Test("without a footer the body holds the content only")
    func noFooter() {
        let page = Page(title: "t", language: "en", bodyClass: "r", frame: .print(PrintFrame(stylesheet: Self.css)))
        #expect(page.render(Badge(text: "x")).contains("<body class=\"r\"><span class=\"badge\" title=\"x\">x</span></body></html>\n"))
    }

    @Test("a person's name in the title is isolated and cut")
    func titleIsolation() {
        #expect(Page.isolated("abc") == "\u{2068}abc\u{2069}")
        #expect(Page.isolated(String(repeating: "Я", count: 200), limit: 5) == "\u{2068}ЯЯЯЯЯ…\u{2069}")
    }
}
