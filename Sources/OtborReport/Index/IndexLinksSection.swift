import OtborHTML

/// One list of the index page (`comparisons`, `raters`, `candidates`): a heading with the count
/// and a `<ul class="reports">` of links, or "none". A link is `<a class="report-link">` only
/// when its file is a plain relative report file name (``ReportFileName/isLinkable(_:)``).
struct IndexLinksSection: HTMLComponent {
    /// The section's `id`.
    let id: String
    let heading: String
    let links: [IndexReportInput.Link]
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        w.element("section", ["id": id]) { w in
            w.element("h2", text: heading + " (" + String(links.count) + ")")
            guard !links.isEmpty else {
                w.muted(strings[.none])
                return
            }
            w.element("ul", ["class": "reports"]) { w in
                for link in links {
                    w.element("li") { w in
                        if ReportFileName.isLinkable(link.file) {
                            w.element("a", ["class": "report-link", "href": link.file]) { w in w.person(link.title) }
                        } else {
                            w.person(link.title)
                        }
                        if let note = link.note {
                            w.text(" — ")
                            w.person(note)
                        }
                    }
                }
            }
        }
    }
}
