import OtborCore
import OtborHTML

/// `/admin/users` for administrators: every account (login, name, role, whether disabled) with a
/// button that disables an active one, and the form that adds one. Forms post the CSRF token.
struct UsersPage: HTMLComponent {
    var strings: ConsoleStrings
    var accounts: [Account]
    /// The signed-in administrator, who may not disable their own account here.
    var me: LoginName
    var csrfToken: String?

    func write(to w: inout HTMLWriter) {
        w.element("h1", text: strings[.users])
        w.element("table", ["class": "data accounts"]) { w in
            TableHead(strings: strings, columns: [.login, .name, .role, .accountState], empty: 1).write(to: &w)
            w.element("tbody") { w in
                for account in accounts { row(account, to: &w) }
            }
        }
        writeAddForm(to: &w)
    }

    private func row(_ account: Account, to w: inout HTMLWriter) {
        w.element("tr", ["data-login": account.login.rawValue, "data-role": account.role.rawValue,
                         "data-disabled": account.disabled ? "true" : "false"]) { w in
            w.element("td", ["translate": "no"], text: account.login.rawValue)
            w.element("td") { w in w.person(account.displayName) }
            w.element("td", text: strings.role(account.role))
            w.element("td", text: strings[account.disabled ? .accountDisabled : .accountActive])
            w.element("td") { w in
                guard !account.disabled, account.login != me else { return }
                w.element("form", ["method": "post", "action": "/admin/users/\(account.login.rawValue)/disable", "class": "inline"]) { w in
                    CSRFField(token: csrfToken).write(to: &w)
                    w.element("button", ["type": "submit"], text: strings[.disableAccount])
                }
            }
        }
    }

    private func writeAddForm(to w: inout HTMLWriter) {
        w.element("section", ["class": "add-account", "aria-labelledby": "add-account"]) { w in
            w.element("h2", ["id": "add-account"], text: strings[.addAccount])
            w.element("form", ["method": "post", "action": "/admin/users", "class": "start-form"]) { w in
                CSRFField(token: csrfToken).write(to: &w)
                w.element("label", ["for": "new-login"], text: strings[.login])
                w.empty("input", ["id": "new-login", "type": "text", "name": "login", "required": "required", "autocomplete": "off",
                                  "pattern": "[A-Za-z0-9._\\-]{2,64}", "title": strings[.loginRule]])
                w.element("label", ["for": "new-name"], text: strings[.displayName])
                w.empty("input", ["id": "new-name", "type": "text", "name": "name", "required": "required"])
                w.element("label", ["for": "new-role"], text: strings[.role])
                w.element("select", ["id": "new-role", "name": "role", "required": "required"]) { w in
                    // The least the role can do is chosen first: nobody becomes an administrator by an unchanged field.
                    for role in Role.allCases {
                        w.element("option", ["value": role.rawValue, "selected": role == .observer ? "selected" : nil], text: strings.role(role))
                    }
                }
                w.element("label", ["for": "new-password"], text: strings[.newPassword])
                w.empty("input", ["id": "new-password", "name": "password", "type": "password", "required": "required",
                                  "autocomplete": "new-password"])
                w.element("button", ["type": "submit"], text: strings[.add])
            }
        }
    }
}
