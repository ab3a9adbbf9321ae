import OtborCore
import OtborHTML

/// The console's header: the name of the app, the candidates, the reports (for those who may
/// read them), the other language, and who is signed in with a sign-out button (a form that
/// posts with the CSRF token; on report pages, whose policy allows no forms, a link to the
/// sign-out question at `GET /logout`).
struct ConsoleNavigation: HTMLComponent {
    var account: Account?
    var csrfToken: String?
    var strings: ConsoleStrings
    var signOut = true

    func write(to w: inout HTMLWriter) {
        w.element("a", ["class": "app-name", "href": "/"], text: strings[.appName])
        if let account {
            w.element("a", ["href": "/"], text: strings[.candidates])
            if account.may(.runGroupSittings) {
                w.element("a", ["href": "/group-sittings"], text: strings[.groupSittings])
            }
            if account.may(.readReports) {
                w.element("a", ["href": "/reports"], text: strings[.reports])
            }
            if account.may(.manageAccounts) {
                w.element("a", ["href": "/admin/users"], text: strings[.users])
            }
            if account.may(.readAuditLog) {
                w.element("a", ["href": "/admin/audit"], text: strings[.auditLog])
            }
        }
        w.element("a", ["href": strings.language == .en ? "?lang=ru" : "?lang=en", "lang": strings.language == .en ? "ru" : "en"],
                  text: strings[.otherLanguage])
        guard let account else { return }
        w.element("span", ["class": "signed-in"]) { w in
            w.text(strings[.signedInAs] + " ")
            w.person(account.displayName)
            w.text(" (" + strings.role(account.role) + ")")
        }
        guard signOut else {
            w.element("a", ["href": "/logout", "class": "sign-out"], text: strings[.signOut])
            return
        }
        w.element("form", ["method": "post", "action": "/logout", "class": "sign-out"]) { w in
            CSRFField(token: csrfToken).write(to: &w)
            w.element("button", ["type": "submit"], text: strings[.signOut])
        }
    }
}

/// The hidden `_csrf` field of a form that changes something.
struct CSRFField: HTMLComponent {
    var token: String?

    func write(to w: inout HTMLWriter) {
        guard let token else { return }
        w.empty("input", ["type": "hidden", "name": "_csrf", "value": token])
    }
}
