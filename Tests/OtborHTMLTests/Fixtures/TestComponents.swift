import OtborHTML

/// Hostile text for the tests: markup, an attribute breaker, entities, quotes, emoji, an RTL
/// override and control characters.
enum Hostile {
    static let text = "\"><script>alert(1)</script> onmouseover=\"x\" &amp; ' 🙂 \u{202E}txt \u{0007}\u{0000}\u{001B}"
    /// `text` as it reads once the writer has dropped the control characters.
    static let shown = "\"><script>alert(1)</script> onmouseover=\"x\" &amp; ' 🙂 \u{202E}txt "
}

/// `<span class="badge" title="…">text</span>`.
struct Badge: HTMLComponent {
    var text: String

    func write(to w: inout HTMLWriter) {
        w.element("span", ["class": "badge", "title": text], text: text)
    }
}

/// A navigation list of links, as the web console would write it.
struct NavigationList: HTMLComponent {
    var links: [(title: String, path: SameOriginPath)]

    func write(to w: inout HTMLWriter) {
        w.element("ul") { w in
            for link in links {
                w.element("li") { w in w.element("a", ["href": link.path.path], text: link.title) }
            }
        }
    }
}
