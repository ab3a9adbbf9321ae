import OtborHTML

/// `GET /logout`: the question before signing out, for pages that may hold no form (the reports):
/// their bar links here, and the button posts to `/logout` with the CSRF token.
struct SignOutPage: HTMLComponent {
    var strings: ConsoleStrings
    var csrfToken: String?

    func write(to w: inout HTMLWriter) {
        w.element("h1", text: strings[.signOutTitle])
        w.element("p", text: strings[.signOutLead])
        w.element("div", ["class": "step-actions"]) { w in
            w.element("form", ["method": "post", "action": "/logout", "class": "sitting-form"]) { w in
                CSRFField(token: csrfToken).write(to: &w)
                w.element("button", ["type": "submit", "id": "confirm-sign-out"], text: strings[.signOut])
            }
            w.element("a", ["href": "/"], text: strings[.candidates])
        }
    }
}
