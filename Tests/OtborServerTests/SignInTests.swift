import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborStore
import Testing

/// The sign-in form, sessions, sign-out and the throttle on failed attempts.
struct SignInTests {
    @Test("GET /login is the form with login and password, in Russian; ?lang=en switches to English and is remembered")
    func form() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let russian = try await client.execute(uri: "/login", method: .get)
            let html = String(buffer: russian.body)
            #expect(russian.status == .ok && russian.headers[.contentType] == "text/html; charset=utf-8")
            #expect(html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ru\">") && html.contains("Вход в Отбор"))
            #expect(html.contains("name=\"login\"") && html.contains("name=\"password\" type=\"password\""))
            #expect(html.contains("<form method=\"post\" action=\"/login\""))
            let english = try await client.execute(uri: "/login?lang=en", method: .get)
            #expect(String(buffer: english.body).contains("lang=\"en\"") && String(buffer: english.body).contains("Sign in to Otbor"))
            let remembered = try #require(english.headers[.setCookie])
            #expect(remembered.hasPrefix("otbor_lang=en") && remembered.contains("SameSite=Strict"))
            let again = try await client.execute(uri: "/login", method: .get, headers: [.cookie: "otbor_lang=en"])
            #expect(String(buffer: again.body).contains("Sign in to Otbor"))
        }
    }

    @Test("the right password: 303 to / with a session cookie HttpOnly and SameSite=Strict (not Secure over plain HTTP); audited")
    func signIn() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let response = try await client.post("/login", form: [("login", "HR"), ("password", ConsoleFixture.password)])
            #expect(response.status == .seeOther && response.headers[.location] == "/")
            let cookie = try #require(response.headers[.setCookie])
            let attributes = cookie.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(attributes[0].hasPrefix("otbor_session=") && attributes[0].count > 40)
            #expect(attributes.contains("HttpOnly") && attributes.contains("SameSite=Strict") && attributes.contains("Path=/"))
            #expect(!attributes.contains("Secure"))
            let page = try await client.execute(uri: "/", method: .get, headers: [.cookie: String(attributes[0])])
            #expect(page.status == .ok && String(buffer: page.body).contains("Сотрудник hr"))
        }
        let last = try #require(try fixture.store.auditLog(subject: nil).last)
        #expect(last.action == .signIn && last.subject == "account:hr" && last.actor == "hr")
    }

    @Test("served over TLS (--secure-cookies), the session cookie is Secure")
    func secureCookie() async throws {
        let fixture = try await ConsoleFixture(secureCookies: true)
        try await fixture.test { client in
            let response = try await client.post("/login", form: [("login", "hr"), ("password", ConsoleFixture.password)])
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.contains("Secure"))
        }
    }

    @Test("a wrong password, an unknown login or a disabled account: the form again with the message, 401, no session",
          arguments: [("hr", "неверный-пароль"), ("nobody", ConsoleFixture.password), ("", ""), ("disabled", ConsoleFixture.password)])
    func refused(login: String, password: String) async throws {
        let fixture = try await ConsoleFixture()
        try fixture.store.addAccount(NewAccount(login: LoginName("disabled")!, displayName: "Бывший", role: .admin),
                                     passwordHash: try fixture.store.credentials(login: LoginName("hr")!)!.passwordHash, actor: "setup")
        try fixture.store.disableAccount(LoginName("disabled")!, actor: "setup")
        try await fixture.test { client in
            let response = try await client.post("/login", form: [("login", login), ("password", password)])
            let html = String(buffer: response.body)
            #expect(response.status == .unauthorized && response.headers[.setCookie] == nil)
            #expect(html.contains("<p class=\"alert\" role=\"alert\">Неверный логин или пароль.</p>"))
            #expect(html.contains("value=\"\(login)\""))
        }
    }

    @Test("five failures for one login within a minute, then 429 with Retry-After even for the right password; other logins unaffected; a minute later it works")
    func throttle() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            for _ in 1...5 {
                #expect(try await client.post("/login", form: [("login", "observer"), ("password", "не-тот-пароль")]).status == .unauthorized)
                fixture.clock.advance(by: 5)
            }
            let blocked = try await client.post("/login", form: [("login", "Observer"), ("password", ConsoleFixture.password)])
            #expect(blocked.status == .tooManyRequests && blocked.headers[.retryAfter] == "35")
            #expect(String(buffer: blocked.body).contains("Слишком много неудачных попыток"))
            #expect(try await client.post("/login", form: [("login", "hr"), ("password", ConsoleFixture.password)]).status == .seeOther)
            fixture.clock.advance(by: 35)
            #expect(try await client.post("/login", form: [("login", "observer"), ("password", ConsoleFixture.password)]).status == .seeOther)
        }
        #expect(try fixture.store.auditLog(subject: "account:observer").map(\.action) 
            == [.accountAdd] + Array(repeating: .signInFailed, count: 5) + [.signIn])
    }

    @Test("sign-out ends the session: 303 to /login, the cookie expired, the old cookie opens nothing; audited")
    func signOut() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let browser = try await client.signIn("admin")
            let out = try await client.post("/logout", form: [("_csrf", browser.csrf)], headers: browser.headers)
            #expect(out.status == .seeOther && out.headers[.location] == "/login")
            let expired = try #require(out.headers[.setCookie])
            #expect(expired.hasPrefix("otbor_session=") && (expired.contains("Max-Age=0") || expired.contains("Expires=")))
            let after = try await client.execute(uri: "/", method: .get, headers: browser.headers)
            #expect(after.status == .seeOther && after.headers[.location] == "/login")
        }
        #expect(try fixture.store.auditLog(subject: nil).last?.action == .signOut)
    }

    @Test("GET /logout asks first: its button posts the CSRF token and signs out; without a session it sends to /login")
    func signOutQuestion() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            #expect(try await client.execute(uri: "/logout", method: .get).headers[.location] == "/login")
            let browser = try await client.signIn("observer")
            let question = String(buffer: try await client.execute(uri: "/logout?lang=en", method: .get, headers: browser.headers).body)
            #expect(question.contains("<h1>Sign out of Otbor?</h1>"))
            #expect(question.contains("<form method=\"post\" action=\"/logout\" class=\"sitting-form\"><input type=\"hidden\" name=\"_csrf\" value=\"\(browser.csrf)\"/>"),
                    "\(question)")
            // Asking changes nothing: the session still opens pages.
            #expect(try await client.execute(uri: "/", method: .get, headers: browser.headers).status == .ok)
            let out = try await client.post("/logout", form: [("_csrf", browser.csrf)], headers: browser.headers)
            #expect(out.headers[.location] == "/login")
        }
    }

    @Test("a session survives a restart of the server, and stops working when the account is disabled")
    func persistedSession() async throws {
        let fixture = try await ConsoleFixture()
        let browser = try await fixture.test { client in try await client.signIn("observer") }
        try await fixture.test { client in
            let status = try await client.execute(uri: "/", method: .get, headers: browser.headers).status
            #expect(status == .ok)
        }
        try fixture.store.disableAccount(LoginName("observer")!, actor: "admin")
        try await fixture.test { client in
            let status = try await client.execute(uri: "/", method: .get, headers: browser.headers).status
            #expect(status == .seeOther)
        }
    }

    @Test("a new password ends the sessions signed in before it; signing in with it works")
    func passwordChangeEndsSessions() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let before = try await client.signIn("hr")
            fixture.clock.advance(by: 60)
            let hash = try await fixture.settings.passwords.hash("новый-пароль-42")
            try fixture.store.setPasswordHash(hash, login: LoginName("hr")!, actor: "admin")
            let old = try await client.execute(uri: "/", method: .get, headers: before.headers)
            #expect(old.status == .seeOther && old.headers[.location] == "/login")
            let after = try await client.signIn("hr", password: "новый-пароль-42")
            #expect(try await client.execute(uri: "/", method: .get, headers: after.headers).status == .ok)
        }
    }

    @Test("a session expires after its lifetime")
    func expiry() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let browser = try await client.signIn("hr")
            fixture.clock.advance(by: 12 * 3600 + 1)
            #expect(try await client.execute(uri: "/", method: .get, headers: browser.headers).status == .seeOther)
        }
    }
}
