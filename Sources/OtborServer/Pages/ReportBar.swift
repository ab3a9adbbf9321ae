import OtborCore
import OtborHTML

/// The console's slim bar on a report page served at `/reports…`: the navigation's links (sign-out
/// is a link to its question page: a report's policy allows no forms), hidden when printed. Its stylesheet goes
/// at the end of the report's head, where ``ReportResponse`` allows it by its hash like the
/// report's own styles; the report itself is unchanged.
struct ReportBar: HTMLComponent {
    /// The bar's styles; no `<`, `>` or `&`.
    static let stylesheet: StaticString = """
        .console-bar { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: center; padding: 0 1rem; \
        border-bottom: 1px solid #d0d4da; font: 15px/1.4 system-ui, sans-serif; background: #f6f7f9; } \
        .console-bar a { min-height: 44px; display: inline-flex; align-items: center; color: #1f5fbf; } \
        .console-bar .app-name { font-weight: 700; color: #1b1f24; text-decoration: none; margin-right: auto; } \
        @media print { .console-bar { display: none; } }
        """

    var account: Account?
    var strings: ConsoleStrings

    func write(to w: inout HTMLWriter) {
        w.element("nav", ["class": "console-bar", "aria-label": strings[.navigation]]) { w in
            ConsoleNavigation(account: account, csrfToken: nil, strings: strings, signOut: false).write(to: &w)
        }
    }

    /// `html` (a whole report) with the bar's style last in its head and the bar first in its body.
    func inserted(into html: String) -> String {
        var head = HTMLWriter(capacity: 1024)
        head.element("style") { w in w.trusted(Self.stylesheet) }
        var bar = HTMLWriter(capacity: 2048)
        write(to: &bar)
        var result = html
        if let end = result.range(of: "</head>") { result.insert(contentsOf: head.output, at: end.lowerBound) }
        if let body = result.range(of: "<body"), let open = result[body.upperBound...].firstIndex(of: ">") {
            result.insert(contentsOf: bar.output, at: result.index(after: open))
        }
        return result
    }
}
