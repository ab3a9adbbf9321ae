import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborStore
import Testing

/// The candidates page, hostile text, and the headers every response carries.
struct ConsolePagesTests {
    @Test("the candidates page: hr sees profiles and the last decision; an assessor names and ids only")
    func candidatesPage() async throws {
        let fixture = try await ConsoleFixture()
        try fixture.candidate("Анна Петрова", decision: .advance)
        try fixture.candidate("Борис Ким")
        try fixture.store.addCandidate(NewCandidate(name: "Вера Без Заявки", consentDate: CalendarDate("2026-01-10")!), actor: "setup")
        try await fixture.test { client in
            let hr = String(buffer: try await client.execute(uri: "/", method: .get, headers: try await client.signIn("hr").headers).body)
            #expect(hr.contains("<h1>Кандидаты</h1>") && hr.contains("Всего кандидатов: 3"))
            #expect(hr.contains("<td class=\"profiles\">—</td>"))
            #expect(hr.contains("<tr id=\"candidate-1\"><td class=\"id\">1</td><td class=\"name\"><a href=\"/candidates/1\"><bdi class=\"person\">Анна Петрова</bdi></a></td>"))
            #expect(hr.contains("пригласить на следующий этап (ssm)") && hr.contains("нет решения") && hr.contains("Профили"))
            let assessor = String(buffer: try await client.execute(uri: "/", method: .get,
                                                                   headers: try await client.signIn("assessor").headers).body)
            #expect(assessor.contains("Анна Петрова") && assessor.contains("Борис Ким") && !assessor.contains("href=\"/candidates/"))
            // The stages to start an interview of name the workspace's profiles, not the candidates' applications.
            #expect(!assessor.contains("Профили") && !assessor.contains("class=\"profiles\"") && !assessor.contains("пригласить"))
            #expect(assessor.contains("Асессору видны только имена и номера кандидатов."))
        }
    }

    @Test("hostile text posted through the API is stored verbatim, returned verbatim as JSON, and rendered escaped on /")
    func hostileText() async throws {
        let fixture = try await ConsoleFixture()
        let token = try fixture.token("hr")
        let name = #"<script>alert("x")</script> O'Brien & Co <img src=x onerror=alert(1)> &lt;b&gt; ‮evil"#
        try await fixture.test { client in
            let body = try JSONSerialization.data(withJSONObject: ["name": name, "source": "</td><td>injected"])
            let created = try await client.execute(uri: "/api/v1/candidates", method: .post,
                                                   headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                                   body: ByteBuffer(bytes: body))
            #expect(created.status == .created)
            let listed = try await client.execute(uri: "/api/v1/candidates", method: .get, headers: [.authorization: "Bearer \(token)"])
            let records = try JSONSerialization.jsonObject(with: Data(buffer: listed.body)) as? [[String: Any]]
            #expect(records?.first?["name"] as? String == name)
            let html = String(buffer: try await client.execute(uri: "/", method: .get, headers: try await client.signIn("hr").headers).body)
            #expect(!html.contains("<script>alert") && !html.contains("<img src=x"))
            #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; Co &lt;img src=x onerror=alert(1)&gt; &amp;lt;b&amp;gt;"))
        }
        #expect(try fixture.store.candidate("1").name == name)
    }

    @Test("every response carries the strict CSP, nosniff and same-origin referrers; pages are UTF-8 HTML", arguments: [
        "/login", "/", "/no-such-page", "/api/v1/candidates", "/static/console.css",
    ])
    func securityHeaders(uri: String) async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let response = try await client.execute(uri: uri, method: .get)
            let policy = try #require(response.headers[.contentSecurityPolicy])
            let directives = policy.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(directives.contains("default-src 'none'") && directives.contains("script-src 'self'"))
            #expect(directives.contains("img-src 'self' data:") && directives.contains("form-action 'self'"))
            #expect(directives.contains("frame-ancestors 'none'") && directives.contains("base-uri 'none'"))
            #expect(directives.contains { $0.hasPrefix("style-src 'self' 'nonce-") })
            #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"))
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[HTTPFields.Element.Name("Referrer-Policy")!] == "same-origin")
            if uri == "/login" || uri == "/no-such-page" {
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(String(buffer: response.body).hasPrefix("<!DOCTYPE html>\n<html"))
            }
        }
    }

    @Test("each response gets its own nonce")
    func freshNonce() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let first = try await client.execute(uri: "/login", method: .get).headers[.contentSecurityPolicy]
            let second = try await client.execute(uri: "/login", method: .get).headers[.contentSecurityPolicy]
            #expect(first != nil && first != second)
        }
    }
}
