import OtborHTML

/// `header` of the index page: the run's title and how many profiles and candidates it covers.
struct IndexHeaderSection: HTMLComponent {
    let input: IndexReportInput
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        let candidates = Set(input.profiles.flatMap { $0.rows.map(\.candidate.id) }).count
        w.element("section", ["id": "header"]) { w in
            w.element("p", ["class": "muted"], text: strings[.indexReport])
            w.element("h1") { w in w.person(input.title) }
            w.element("p", ["class": "counts"],
                      text: strings.count(input.profiles.count, .indexProfile) + ", " + strings.count(candidates, .indexCandidate))
        }
    }
}
