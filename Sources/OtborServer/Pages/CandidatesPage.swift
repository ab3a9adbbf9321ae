import OtborCore
import OtborHTML

/// The campaign's candidates: id and name for everyone who may list them; profiles and the
/// last decision only for those who may read what was found (not assessors).
struct CandidatesPage: HTMLComponent {
    /// One candidate as the page shows them.
    struct Row: Sendable {
        var id: CandidateID
        var name: String
        /// `nil` when the reader may not see applications and decisions.
        var details: Details?
    }

    struct Details: Sendable {
        var profiles: [String]
        /// The last decision, worded, or `nil` when there is none yet.
        var lastDecision: String?
    }

    var strings: ConsoleStrings
    var rows: [Row]
    var detailed: Bool
    /// Whether names link to the candidate page (for those who decide).
    var linked = false
    /// The caller's open interviews and the form that starts one, for those who conduct interviews.
    var interviews: StartInterviewForm?
    /// Overdue group-sitting sessions to remind of.
    var reminders: RemindersSection?

    func write(to w: inout HTMLWriter) {
        w.element("h1", text: strings[.candidates])
        reminders?.write(to: &w)
        interviews?.write(to: &w)
        guard !rows.isEmpty else {
            w.element("p", text: strings[.noCandidates])
            return
        }
        w.element("p", ["class": "summary"], text: strings[.candidateCount] + ": " + String(rows.count))
        if !detailed {
            w.element("p", ["class": "note"], text: strings[.restrictedList])
        }
        w.element("table", ["class": "candidates"]) { w in
            w.element("thead") { w in
                w.element("tr") { w in
                    w.element("th", ["scope": "col"], text: strings[.candidateID])
                    w.element("th", ["scope": "col"], text: strings[.name])
                    if detailed {
                        w.element("th", ["scope": "col"], text: strings[.profiles])
                        w.element("th", ["scope": "col"], text: strings[.lastDecision])
                    }
                }
            }
            w.element("tbody") { w in
                for row in rows { write(row, to: &w) }
            }
        }
    }

    private func write(_ row: Row, to w: inout HTMLWriter) {
        w.element("tr", ["id": "candidate-\(row.id)"]) { w in
            w.element("td", ["class": "id"], text: row.id.description)
            w.element("td", ["class": "name"]) { w in
                if linked {
                    w.element("a", ["href": "/candidates/\(row.id)"]) { w in w.person(row.name) }
                } else {
                    w.person(row.name)
                }
            }
            if let details = row.details {
                w.element("td", ["class": "profiles"]) { w in
                    if details.profiles.isEmpty { w.text("—") } else { w.isolated(details.profiles.joined(separator: ", ")) }
                }
                w.element("td", ["class": "decision"], text: details.lastDecision ?? strings[.noDecision])
            }
        }
    }
}
