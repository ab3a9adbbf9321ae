import Foundation
import Hummingbird
import HummingbirdTesting
import OtborServer
import Testing

/// Changes authenticated by the session cookie need the session's CSRF token; bearer calls do not.
struct CSRFTests {
    static let body = #"{"name": "Кандидат Через Сессию"}"#

    @Test("POST by cookie: without a token 403, with a wrong one 403, with the session's token 201")
    func cookiePost() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let browser = try await client.signIn("hr")
            var headers = browser.headers
            headers[.contentType] = "application/json"
            let missing = try await client.execute(uri: "/api/v1/candidates", method: .post, headers: headers, body: ByteBuffer(string: Self.body))
            #expect(missing.status == .forbidden && missing.headers[.contentType] == "application/problem+json")
            headers[HTTPFields.Element.Name("X-CSRF-Token")!] = String(browser.csrf.reversed())
            #expect(try await client.execute(uri: "/api/v1/candidates", method: .post, headers: headers,
                                             body: ByteBuffer(string: Self.body)).status == .forbidden)
            headers[HTTPFields.Element.Name("X-CSRF-Token")!] = browser.csrf
            #expect(try await client.execute(uri: "/api/v1/candidates", method: .post, headers: headers,
                                             body: ByteBuffer(string: Self.body)).status == .created)
        }
        #expect(try fixture.store.candidates().map(\.name) == ["Кандидат Через Сессию"])
    }

    @Test("a bearer-token POST needs no CSRF token")
    func bearerPost() async throws {
        let fixture = try await ConsoleFixture()
        let token = try fixture.token("admin")
        try await fixture.test { client in
            let response = try await client.execute(uri: "/api/v1/candidates", method: .post,
                                                    headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                                    body: ByteBuffer(string: Self.body))
            #expect(response.status == .created)
        }
    }

    @Test("a form post (sign-out) needs the _csrf field: without it 403 and the session stays")
    func formPost() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let browser = try await client.signIn("observer")
            let forged = try await client.post("/logout", form: [], headers: browser.headers)
            #expect(forged.status == .forbidden && String(buffer: forged.body).contains("Форма устарела"))
            #expect(try await client.execute(uri: "/", method: .get, headers: browser.headers).status == .ok)
            #expect(try await client.post("/logout", form: [("_csrf", browser.csrf)], headers: browser.headers).status == .seeOther)
        }
    }

    @Test("the token is in the page's meta tag and in the sign-out form")
    func tokenInPages() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let browser = try await client.signIn("assessor")
            let html = String(buffer: try await client.execute(uri: "/", method: .get, headers: browser.headers).body)
            #expect(browser.csrf.count >= 43)
            #expect(html.contains("<input type=\"hidden\" name=\"_csrf\" value=\"\(browser.csrf)\"/>"))
        }
    }

    @Test("a sign-in posted from another site (Sec-Fetch-Site: cross-site) is refused; from the console's own page it works")
    func crossSiteSignIn() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let form = [("login", "hr"), ("password", ConsoleFixture.password)]
            let forged = try await client.post("/login", form: form, headers: [HTTPFields.Element.Name("Sec-Fetch-Site")!: "cross-site"])
            #expect(forged.status == .forbidden && forged.headers[.setCookie] == nil)
            let own = try await client.post("/login", form: form, headers: [HTTPFields.Element.Name("Sec-Fetch-Site")!: "same-origin"])
            #expect(own.status == .seeOther)
        }
    }
}
