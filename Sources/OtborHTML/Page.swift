/// A whole document: the doctype, `<html>` in the XHTML namespace with its language, a `<head>`
/// that starts with the UTF-8 charset, then the title, and a ``PageFrame`` around the content —
/// the printable report frame or the app shell of the web console.
///
/// The output is polyglot: it parses as HTML5 and as XML alike.
public struct Page: Sendable {
    /// The document title; may contain person text (escaped). Use ``isolated(_:limit:)`` for the
    /// person parts of it.
    public var title: String
    /// The `lang` of `<html>`, a BCP 47 tag such as `ru` or `en`.
    public var language: String
    /// A class on `<body>` naming the kind of page (`candidate-report`, `session-form`, …).
    public var bodyClass: StaticString
    /// What surrounds the content: head resources, navigation, footer.
    public var frame: PageFrame
    /// The `<meta name="generator">` content; `nil` leaves the element out.
    public var generator: String?

    /// A page titled `title` in `language`, with `frame` around its content.
    public init(title: String, language: String, bodyClass: StaticString, frame: PageFrame, generator: String? = "Otbor") {
        self.title = title
        self.language = language
        self.bodyClass = bodyClass
        self.frame = frame
        self.generator = generator
    }

    /// Person text for the page title, where `<bdi>` cannot go: cut to `limit` characters and
    /// wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so that a direction override in
    /// it cannot reorder the rest of the title.
    public static func isolated(_ text: String, limit: Int = 120) -> String {
        "\u{2068}" + (text.count > limit ? String(text.prefix(limit)) + "…" : text) + "\u{2069}"
    }

    /// The whole document, with `content` writing the page's own part of `<body>`.
    public func render(capacity: Int = 64 * 1024, _ content: (inout HTMLWriter) -> Void) -> String {
        var w = HTMLWriter(capacity: capacity)
        w.trusted("<!DOCTYPE html>\n")
        w.element("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": language]) { w in
            w.element("head") { w in
                w.empty("meta", ["charset": "utf-8"])
                w.empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                if let generator {
                    w.empty("meta", ["name": "generator", "content": generator])
                }
                w.element("title", text: title)
                frame.writeHead(to: &w)
            }
            w.element("body", ["class": bodyClass.description]) { w in
                frame.writeBody(to: &w, content)
            }
        }
        w.trusted("\n")
        return w.finish()
    }

    /// The whole document with `content` as the page's own part of `<body>`.
    public func render(_ content: some HTMLComponent, capacity: Int = 64 * 1024) -> String {
        render(capacity: capacity) { w in content.write(to: &w) }
    }
}
