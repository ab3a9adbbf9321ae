import OtborHTML

/// `no-data`: written instead of the stage sections when no stage has ratings yet.
struct RatersNoDataSection: HTMLComponent {
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        w.element("section", ["id": "no-data"]) { w in w.muted(strings[.noRatings]) }
    }
}
