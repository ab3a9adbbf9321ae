import OtborCore
import OtborHTML
import OtborServices

/// The chair's list of group sittings (`/group-sittings`, hr and admin): the newest first, each
/// with its exercise, when and by whom it was set up, and how many sessions are submitted, linked
/// to its board; and the way to set up a new one.
struct SittingsPage: HTMLComponent {
    /// One sitting as listed: its summary, its exercise's title and when it was set up, as shown.
    struct Entry: Sendable {
        var summary: GroupSittingDesk.Summary
        var exercise: String
        var profile: String
        var opened: String
    }

    var strings: ConsoleStrings
    var entries: [Entry]
    /// Whether the reader may set up sittings (a link to the setup page).
    var canSetUp: Bool

    func write(to w: inout HTMLWriter) {
        w.element("h1", text: strings[.sittingsTitle])
        w.element("p", text: strings[.sittingsLead])
        if canSetUp { w.element("p") { w in w.element("a", ["class": "button-link", "href": "/group-sittings/new"], text: strings[.newSitting]) } }
        guard !entries.isEmpty else {
            w.element("p", ["class": "note"], text: strings[.noSittings])
            return
        }
        w.element("div", ["class": "table-scroll"]) { w in
            w.element("table", ["class": "data sittings"]) { w in
                TableHead(strings: strings, columns: [.exercise, .sittingOpened, .candidatesColumn, .observersColumn, .submittedColumn]).write(to: &w)
                w.element("tbody") { w in
                    for entry in entries { row(entry, to: &w) }
                }
            }
        }
    }

    private func row(_ entry: Entry, to w: inout HTMLWriter) {
        let summary = entry.summary
        w.element("tr", ["data-sitting": summary.sitting.id]) { w in
            w.element("td") { w in
                w.element("a", ["href": "/group-sittings/\(summary.sitting.id)"], text: entry.exercise)
                w.element("span", ["class": "summary"], text: entry.profile)
            }
            w.element("td") { w in
                w.element("span", ["class": "when"]) { w in w.person(entry.opened) }
                w.text(" · ")
                w.person(summary.sitting.openedBy)
            }
            w.element("td", ["class": "num"], text: String(summary.candidates))
            w.element("td", ["class": "num"], text: String(summary.observers))
            w.element("td", ["class": "num"]) { w in
                w.text("\(summary.submitted) / \(summary.sessions)")
                if summary.overdue > 0 { w.element("span", ["class": "overdue"], text: strings[.boardOverdue]) }
            }
        }
    }
}
