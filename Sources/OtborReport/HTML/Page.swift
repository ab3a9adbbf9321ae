import OtborCore

/// The frame every report shares: doctype, `<html>` in the XHTML namespace with its language,
/// `<head>` with the charset, title and inline stylesheet, and a footer with the generation time.
struct Page: Sendable {
    /// Page title; may contain person text (escaped).
    var title: String
    /// A class on `<body>` naming the report kind (`candidate-report`, …).
    var kind: StaticString
    var strings: ReportStrings
    /// When the report was made (the caller's clock), shown in the footer.
    var generatedAt: String

    /// Person text for the page title, where `<bdi>` cannot go: cut to `limit` characters and
    /// wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so that a direction override in
    /// it cannot reorder the rest of the title.
    static func isolated(_ text: String, limit: Int = 120) -> String {
        "\u{2068}" + (text.count > limit ? String(text.prefix(limit)) + "…" : text) + "\u{2069}"
    }

    /// The whole document, with `body` writing the content of `<body>`.
    func render(capacity: Int = 64 * 1024, _ body: (inout HTMLWriter) -> Void) -> String {
        var w = HTMLWriter(capacity: capacity)
        w.trusted("<!DOCTYPE html>\n")
        w.element("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": strings.language.rawValue]) { w in
            w.element("head") { w in
                w.empty("meta", ["charset": "utf-8"])
                w.empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                w.empty("meta", ["name": "generator", "content": "Otbor"])
                w.element("title", text: title)
                w.element("style") { w in w.trusted(Stylesheet.css) }
            }
            w.element("body", ["class": kind.description]) { w in
                body(&w)
                w.element("footer", ["class": "page-footer"]) { w in
                    w.text(strings[.generatedBy] + " · " + strings[.generatedAt] + ": ")
                    w.person(generatedAt)
                }
            }
        }
        w.trusted("\n")
        return w.output
    }
}

extension HTMLWriter {
    /// `<section id="id"><h2>heading</h2>…</section>`.
    mutating func section(
        _ id: String, heading: String, classes: String? = nil, data: String? = nil,
        _ content: (inout HTMLWriter) -> Void
    ) {
        element("section", ["id": id, "class": classes, "data-stage": data]) { w in
            w.element("h2", text: heading)
            content(&w)
        }
    }

    /// A `<dl class="facts">` row: `<dt>` then a `<dd>` written by `value`.
    mutating func fact(_ term: String, _ value: (inout HTMLWriter) -> Void) {
        element("dt", text: term)
        element("dd", [:], value)
    }

    /// `<p class="muted">text</p>`.
    mutating func muted(_ text: String) {
        element("p", ["class": "muted"], text: text)
    }

    /// A `<thead>` row of `<th>` cells; cells named in `numeric` are right-aligned.
    mutating func headerRow(_ cells: [String], numeric: Set<Int> = []) {
        element("thead") { w in
            w.element("tr") { w in
                for (index, cell) in cells.enumerated() {
                    w.element("th", ["class": numeric.contains(index) ? "num" : nil], text: cell)
                }
            }
        }
    }

    /// A right-aligned numeric `<td>`.
    mutating func numberCell(_ text: String) {
        element("td", ["class": "num"], text: text)
    }
}
