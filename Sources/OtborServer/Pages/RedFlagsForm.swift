import OtborCore
import OtborHTML

/// The red flags of a guide as checkboxes that post to `/interviews/{id}/red-flags`: the flags
/// recorded are ticked, and saving records the ticked ones and takes back the unticked ones.
struct RedFlagsForm: HTMLComponent {
    var strings: ConsoleStrings
    var session: SessionID
    var flags: [RedFlag]
    var recorded: Set<String>
    var csrfToken: String?

    func write(to w: inout HTMLWriter) {
        guard !flags.isEmpty else {
            w.element("p", ["class": "note"], text: strings[.noRedFlags])
            return
        }
        w.element("form", ["method": "post", "action": "/interviews/\(session)/red-flags", "class": "red-flags"]) { w in
            CSRFField(token: csrfToken).write(to: &w)
            w.element("fieldset", ["class": "choices", "disabled": csrfToken == nil ? "disabled" : nil]) { w in
                w.element("legend", text: strings[.redFlags])
                w.element("p", ["class": "note"], text: strings[.redFlagsLead])
                for flag in flags {
                    let done = recorded.contains(flag.id)
                    w.element("label", ["class": "choice"]) { w in
                        w.empty("input", ["type": "checkbox", "name": "flag", "value": flag.id, "checked": done ? "checked" : nil])
                        w.element("span", ["class": "anchor"], text: flag.text.text(in: strings.language))
                    }
                }
            }
            if csrfToken != nil { w.element("button", ["type": "submit", "class": "secondary"], text: strings[.recordFlags]) }
        }
    }
}
