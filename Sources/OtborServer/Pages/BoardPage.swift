import OtborCore
import OtborHTML
import OtborServices

/// The chair's board of a group sitting (`/group-sittings/{id}`): per candidate, each observer's
/// session with its status and steps answered, and whether everyone has submitted — never a
/// rating. Without JavaScript it is a page to reload; `board.js` keeps it live from the board's
/// events.
struct BoardPage: HTMLComponent {
    var strings: ConsoleStrings
    var board: GroupSittingDesk.Board
    var guideTitle: String
    /// Candidate id → name.
    var names: [CandidateID: String]
    /// Observer login → display name.
    var observers: [String: String]
    /// Whether the viewer chairs the wash-up: each candidate then links to it, shown once everyone has submitted.
    var washupLinks = false
    /// The exercise timer's start and planned end on the campaign's clock (`10:02`), once started.
    var timer: (started: String, ends: String)?
    /// The chair's CSRF token: with it the page offers to start (or restart) the timer.
    var chairToken: String?

    func write(to w: inout HTMLWriter) {
        w.element("h1", text: strings(.groupSittingTitle, ["guide": guideTitle]))
        w.element("p", text: strings[.boardLead])
        writeTimer(to: &w)
        w.element("div", ["id": "board", "data-events": "/api/v1/group-sittings/\(board.id)/events",
                          "data-open": strings[.statusOpen], "data-paused": strings[.statusPaused], "data-submitted": strings[.statusSubmitted],
                          "data-waiting": strings[.boardWaiting], "data-complete": strings[.boardComplete],
                          "data-live": strings[.boardLive], "data-overdue": strings[.boardOverdue], "data-offline": strings[.boardOffline],
                          "data-conflict": strings[.boardConflict]]) { w in
            w.element("p", ["class": "board-status", "id": "board-status", "role": "status"]) { w in
                w.element("a", ["href": "/group-sittings/\(board.id)"], text: strings[.reload])
            }
            w.element("table", ["class": "data board"]) { w in
                TableHead(strings: strings, columns: [.candidate, .observer, .status, .answeredSteps]).write(to: &w)
                var candidates: [CandidateID] = []
                for row in board.rows where !candidates.contains(row.candidate) { candidates.append(row.candidate) }
                for candidate in candidates {
                    let rows = board.rows.filter { $0.candidate == candidate }
                    w.element("tbody", ["data-candidate": candidate.description]) { w in
                        for (index, row) in rows.enumerated() {
                            w.element("tr", ["data-session": row.session.description]) { w in
                                if index == 0 { candidateCell(candidate, rows: rows, to: &w) }
                                w.element("td") { w in w.person(observers[row.observer] ?? row.observer) }
                                w.element("td", ["class": "status", "data-status": row.status.rawValue]) { w in
                                    w.text(strings.status(row.status))
                                    if row.conflict { w.element("span", ["class": "conflict"], text: strings[.boardConflict]) }
                                    if row.overdue { w.element("span", ["class": "overdue"], text: strings[.boardOverdue]) }
                                }
                                w.element("td", ["class": "answered"], text: "\(row.answered) / \(row.total)")
                            }
                        }
                    }
                }
            }
        }
    }

    private func candidateCell(_ candidate: CandidateID, rows: [GroupSittingDesk.Board.Row], to w: inout HTMLWriter) {
        w.element("th", ["scope": "rowgroup", "rowspan": String(rows.count)]) { w in
            w.person(names[candidate] ?? candidate.description)
            let waiting = rows.filter(\.isWaiting).count
            w.element("span", ["class": "summary"],
                      text: waiting == 0 ? strings[.boardComplete] : strings(.boardWaiting, ["count": String(waiting)]))
            if washupLinks {
                w.element("a", ["class": "washup-link", "hidden": waiting == 0 ? nil : "hidden",
                                "href": CandidatePages.washupPath(candidate, stage: board.guide, profile: nil, sitting: board.id)],
                          text: strings[.washupLink])
            }
        }
    }

    /// The exercise timer: its start and end, counted down by `board.js` (`data-ends`), and the
    /// chair's button that starts it.
    private func writeTimer(to w: inout HTMLWriter) {
        let end = board.sitting?.plannedEnd.map(StoreTime.format)
        w.element("div", ["class": "sitting-timer"]) { w in
            w.element("p", ["id": "sitting-timer", "data-ends": end, "data-left": strings[.timerLeft], "data-over": strings[.timerOver]]) { w in
                if let timer {
                    w.text(strings(.timerRunning, ["start": timer.started, "end": timer.ends]))
                    w.text(" ")
                    w.element("output", ["id": "timer-left"], text: "")
                } else {
                    w.text(strings[.timerNotStarted])
                }
            }
            if let chairToken, board.sitting != nil {
                w.element("form", ["method": "post", "action": "/group-sittings/\(board.id)/timer", "class": "inline"]) { w in
                    CSRFField(token: chairToken).write(to: &w)
                    w.element("button", ["type": "submit", "id": "start-timer", "class": timer == nil ? nil : "secondary"],
                              text: strings[timer == nil ? .timerStart : .timerRestart])
                }
            }
        }
    }
}
