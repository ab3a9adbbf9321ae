import OtborHTML

/// The building blocks the report sections share, named after the report stylesheet's classes.
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
    /// A machine id (a profile's or a guide's), marked as such: `<span class="id" translate="no">`,
    /// so it is neither translated nor read as a word of the page's language.
    mutating func identifier(_ id: String) {
        element("span", ["class": "id", "translate": "no"], text: id)
    }

    /// A content title followed by its id in brackets: "Title (`id`)".
    mutating func titled(_ title: String, id: String) {
        text(title + " (")
        identifier(id)
        text(")")
    }

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
