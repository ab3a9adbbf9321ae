import OtborHTML

/// `profiles` of an index page without any profile: says so.
struct IndexNoProfilesSection: HTMLComponent {
    let strings: ReportStrings

    func write(to w: inout HTMLWriter) {
        w.section("profiles", heading: strings[.profile]) { w in w.muted(strings[.noProfilesYet]) }
    }
}
