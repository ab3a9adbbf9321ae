import OtborHTML
import OtborTestSupport
import Testing

/// The app-shell frame of the web console: strict-CSP facts, the CSRF meta tag, navigation.
struct AppShellFrameTests {
    static let nonce = CSPNonce("n0nceN0nceN0nceN0nce+/==")!

    static func frame(csrf: String = Hostile.text) -> AppShellFrame {
        AppShellFrame(
            styles: [.link(SameOriginPath("/static/app.css")!), .inline("main { margin: 0; }", nonce: nonce)],
            scripts: [SameOriginPath("/static/app.js")!], csrfToken: csrf,
            navigation: NavigationList(links: [(Hostile.text, SameOriginPath("/candidates?page=2")!)]),
            navigationLabel: Hostile.text, footer: Badge(text: "footer"))
    }

    static func page(_ frame: AppShellFrame = frame()) -> Page {
        Page(title: Hostile.text, language: "en", bodyClass: "session-form", frame: .appShell(frame))
    }

    @Test("the app shell is polyglot: XHTML root with lang, UTF-8 charset first, title escaped")
    func frameFacts() throws {
        let html = Self.page().render(Badge(text: Hostile.text))
        let parsed = try ParsedMarkup(html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>"))
        #expect(try parsed.count(el("head") + "/*[1][local-name()='meta'][@charset='utf-8']") == 1)
        #expect(try parsed.attribute("lang", of: "/*") == ["en"])
        #expect(try parsed.nodes(el("title")).first?.stringValue == Hostile.shown)
        #expect(try parsed.attribute("class", of: el("body")) == ["session-form"])
    }

    @Test("the CSRF token is one meta tag, escaped, and comes back intact as its content")
    func csrf() throws {
        let html = Self.page().render(Badge(text: "x"))
        let parsed = try ParsedMarkup(html)
        #expect(try parsed.attribute("content", of: el("meta", "@name='csrf-token'")) == [Hostile.shown])
        #expect(html.contains("<meta name=\"csrf-token\" content=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; onmouseover=&quot;x&quot; &amp;amp; &#39; 🙂 \u{202E}txt \"/>"))
        let plain = Self.frame(csrf: "0123456789abcdef")
        #expect(Self.page(plain).render(Badge(text: "x")).contains("<meta name=\"csrf-token\" content=\"0123456789abcdef\"/>"))
        var none = plain
        none.csrfToken = nil
        #expect(try ParsedMarkup(Self.page(none).render(Badge(text: "x"))).count(el("meta", "@name='csrf-token'")) == 0)
    }

    @Test("nothing inline runs: no on… or style attributes, scripts only by same-origin src, every <style> carries the nonce")
    func strictCSP() throws {
        let html = Self.page().render(Badge(text: Hostile.text))
        let parsed = try ParsedMarkup(html)
        #expect(try parsed.count("//@*[starts-with(local-name(), 'on')]") == 0)
        #expect(try parsed.count("//@style") == 0)
        #expect(try parsed.count(el("script")) == 1)
        #expect(try parsed.attribute("src", of: el("script")) == ["/static/app.js"])
        #expect(try parsed.nodes(el("script")).first?.stringValue == "")
        #expect(try parsed.count(el("script", "not(@src)")) == 0)
        #expect(try parsed.attribute("href", of: el("link", "@rel='stylesheet'")) == ["/static/app.css"])
        #expect(try parsed.attribute("nonce", of: el("style")) == [Self.nonce.value])
        #expect(try parsed.count(el("style", "not(@nonce)")) == 0)
        #expect(try parsed.count("//@*[starts-with(normalize-space(.), 'javascript')]") == 0)
        #expect(try parsed.count(el("base")) == 0)
    }

    @Test("the policy names the frame's nonce and allows nothing inline or foreign")
    func policy() {
        let policy = Self.frame().contentSecurityPolicy
        #expect(policy == "default-src 'none'; script-src 'self'; style-src 'self' 'nonce-n0nceN0nceN0nceN0nce+/=='; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval") && !policy.contains("*") && !policy.contains("data:"))
        #expect(AppShellFrame().contentSecurityPolicy.contains("style-src 'self';"))
    }

    @Test("navigation goes in a labelled <nav> inside <header>, content in <main>, then the footer")
    func layout() throws {
        let parsed = try ParsedMarkup(Self.page().render(Badge(text: "content")))
        let nav = el("body") + "/*[1][local-name()='header'][@class='app-header']/*[local-name()='nav'][@class='app-nav']"
        #expect(try parsed.attribute("aria-label", of: nav) == [Hostile.shown])
        #expect(try parsed.attribute("href", of: nav + el("a")) == ["/candidates?page=2"])
        #expect(try parsed.nodes(nav + el("a")).first?.stringValue == Hostile.shown)
        #expect(try parsed.nodes(el("body") + "/*[2][local-name()='main'][@id='main']").first?.stringValue == "content")
        #expect(try parsed.count(el("body") + "/*[3][local-name()='footer'][@class='app-footer']") == 1)
        #expect(try parsed.count(el("body") + "/*") == 3)
    }

    @Test("an empty app shell is the content in <main> and nothing else")
    func minimal() {
        let html = Page(title: "t", language: "ru", bodyClass: "home", frame: .appShell(AppShellFrame()), generator: nil)
            .render { w in w.text("x") }
        #expect(html == "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ru\"><head><meta charset=\"utf-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>t</title></head>"
            + "<body class=\"home\"><main id=\"main\" class=\"app-main\">x</main></body></html>\n")
    }

    @Test("same-origin paths: one leading slash, no scheme, no backslash, no quotes, spaces or controls")
    func sameOriginPaths() {
        for good in ["/", "/static/app.css", "/candidates?page=2&sort=name", "/a/b-c_d.~e%20f", "/x:y@z!$;,+="] {
            #expect(SameOriginPath(good)?.path == good, "\(good)")
        }
        for bad in ["", "static/app.css", "//evil.org/x.css", "/\\evil.org", "https://evil.org/", "javascript:alert(1)",
                    "/a b", "/a\"b", "/a'b", "/a<b", "/a>b", "/a#b", "/a\u{0000}", "/я", " /a"] {
            #expect(SameOriginPath(bad) == nil, "\(bad)")
        }
    }

    @Test("nonces: 128 random bits in base64, different every time; anything else is refused")
    func nonces() {
        let a = CSPNonce.random(), b = CSPNonce.random()
        #expect(a != b)
        #expect(a.value.count == 24 && CSPNonce(a.value) == a)
        #expect(a.source == "'nonce-" + a.value + "'")
        #expect(CSPNonce("abcdefghijklmnopqrstuv-_") != nil)
        for bad in ["", "short==", "abcdefghijklmnopqrstu", "abcdefghijklmnopqrstuv===", "abcdefghijklmnopqrstuv'",
                    "abcdefghijklmnopqrstuv x", "abc=defghijklmnopqrstuvw", "\"abcdefghijklmnopqrstuv"] {
            #expect(CSPNonce(bad) == nil, "\(bad)")
        }
    }
}
