import Foundation
import OtborCore
import OtborHTML
import OtborReport

/// `/admin/audit` for administrators: the audit log newest first, a page of entries at a time
/// (`?page=N`, from 1), with links to the newer and older pages.
struct AuditPage: HTMLComponent {
    static let pageSize = 50

    var strings: ConsoleStrings
    /// This page's entries, newest first.
    var entries: [AuditEntry]
    var page: Int
    var pages: Int
    var timeZone: TimeZone

    func write(to w: inout HTMLWriter) {
        let dates = ReportStrings(strings.language, timeZone: timeZone).dates
        w.element("h1", text: strings[.auditLog])
        guard !entries.isEmpty else { return w.element("p", ["class": "note"], text: strings[.noAudit]) }
        w.element("p", ["class": "summary"], text: strings(.pageOf, ["page": String(page), "pages": String(pages)]))
        w.element("table", ["class": "data audit"]) { w in
            TableHead(strings: strings, columns: [.when, .actor, .action, .subject, .detail]).write(to: &w)
            w.element("tbody") { w in
                for entry in entries {
                    w.element("tr", ["data-entry": String(entry.id), "data-action": entry.action.rawValue]) { w in
                        w.element("td", ["class": "when"], text: dates.dayAndTime(entry.at))
                        w.element("td") { w in w.person(entry.actor) }
                        w.element("td", ["class": "id", "translate": "no"], text: entry.action.rawValue)
                        w.element("td", ["class": "id", "translate": "no"], text: entry.subject)
                        w.element("td", text: entry.detail)
                    }
                }
            }
        }
        w.element("nav", ["class": "pager", "aria-label": strings(.pageOf, ["page": String(page), "pages": String(pages)])]) { w in
            if page > 1 { w.element("a", ["href": "/admin/audit?page=\(page - 1)", "rel": "prev"], text: strings[.newer]) }
            if page < pages { w.element("a", ["href": "/admin/audit?page=\(page + 1)", "rel": "next"], text: strings[.older]) }
        }
    }
}
