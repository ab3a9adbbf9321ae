import OtborCore
import OtborHTML

/// On an observer's scoring page of a group sitting: their other candidates of the same sitting,
/// one tap away (the current one marked), the sitting's board, and the chair's exercise timer.
struct SittingSwitcher: HTMLComponent {
    struct Entry: Sendable {
        var session: SessionID
        var name: String
        var status: InterviewSession.Status
    }

    var strings: ConsoleStrings
    var sitting: String
    var current: SessionID
    var entries: [Entry]
    /// The chair's exercise timer, worded (`The exercise started at 10:02 and ends at 11:02.`), once started.
    var timer: String? = nil

    func write(to w: inout HTMLWriter) {
        w.element("nav", ["class": "sitting-switcher", "aria-label": strings[.sittingCandidates]]) { w in
            w.element("span", text: strings[.sittingCandidates] + ":")
            for entry in entries {
                if entry.session == current {
                    w.element("strong", ["aria-current": "page"]) { w in w.person(entry.name) }
                } else {
                    w.element("a", ["href": "/interviews/\(entry.session)", "data-status": entry.status.rawValue]) { w in
                        w.person(entry.name)
                        if entry.status == .submitted { w.text(" ✓") }
                    }
                }
            }
            w.element("a", ["href": "/group-sittings/\(sitting)"], text: strings[.sittingBoard])
            if let timer { w.element("span", ["class": "sitting-timer-note"], text: timer) }
        }
    }
}
