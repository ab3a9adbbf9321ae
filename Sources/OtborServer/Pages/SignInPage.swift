import OtborHTML

/// The sign-in form: `login` and `password`, posted to `/login`; after a refusal, the message
/// (as an alert) and the login typed.
struct SignInPage: HTMLComponent {
    var strings: ConsoleStrings
    var login = ""
    var message: String?
    var csrfToken: String?

    func write(to w: inout HTMLWriter) {
        w.element("h1", text: strings[.signInTitle])
        w.element("p", text: strings[.signInLead])
        if let message {
            w.element("p", ["class": "alert", "role": "alert"], text: message)
        }
        w.element("form", ["method": "post", "action": "/login", "class": "sign-in"]) { w in
            CSRFField(token: csrfToken).write(to: &w)
            w.element("label", ["for": "login"], text: strings[.login])
            w.empty("input", ["id": "login", "name": "login", "type": "text", "value": login, "autocomplete": "username",
                              "autocapitalize": "none", "spellcheck": "false", "required": "required"])
            w.element("label", ["for": "password"], text: strings[.password])
            w.empty("input", ["id": "password", "name": "password", "type": "password", "autocomplete": "current-password",
                              "required": "required"])
            w.element("button", ["type": "submit"], text: strings[.signIn])
        }
    }
}
