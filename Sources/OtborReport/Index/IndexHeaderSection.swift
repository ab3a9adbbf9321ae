import OtborHTML

/// `header` of the index page: the run's title.
struct IndexHeaderSection: HTMLComponent {
    /// The run's title (person text).
    let title: String
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        w.element("section", ["id": "header"]) { w in
            w.element("p", ["class": "muted"], text: strings[.indexReport])
            w.element("h1") { w in w.person(title) }
        }
    }
}
