import OtborCore
import OtborHTML
import OtborServices

/// On the start page: the observers to remind — each group-sitting session not submitted an hour
/// after the sitting's planned end (``GroupSittingDesk/reminders(now:observer:)``). The chair sees
/// everyone's, linked to the board; an observer their own, linked to the interview.
struct RemindersSection: HTMLComponent {
    struct Entry: Sendable {
        var reminder: GroupSittingDesk.Reminder
        var observer: String
        var candidate: String
        var stage: String
    }

    var strings: ConsoleStrings
    var entries: [Entry]
    /// Whether the reader chairs sittings: entries link to the boards, else to the reader's interviews.
    var chair: Bool

    func write(to w: inout HTMLWriter) {
        guard !entries.isEmpty else { return }
        w.element("section", ["class": "reminders", "aria-labelledby": "reminders"]) { w in
            w.element("h2", ["id": "reminders"], text: strings[.remindersTitle])
            w.element("ul") { w in
                for entry in entries {
                    let link = chair ? "/group-sittings/\(entry.reminder.sitting)" : "/interviews/\(entry.reminder.session)"
                    w.element("li", ["data-session": entry.reminder.session.description]) { w in
                        w.element("a", ["href": link]) { w in
                            w.text(strings(chair ? .reminderChair : .reminderOwn,
                                           ["observer": entry.observer, "candidate": entry.candidate, "stage": entry.stage]))
                        }
                    }
                }
            }
        }
    }
}
