import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborTestSupport
import Testing

/// `/admin/users` and `/admin/audit`: accounts added and disabled as `otbor users` does, audited
/// with the administrator's login; the audit log newest first, fifty entries a page.
struct AdminPagesTests {
    @Test("the list shows every account; a new one is added, a bad one refused saying why, and one is disabled")
    func users() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let admin = try await client.signIn("admin")
            let csrf = ("_csrf", admin.csrf)
            let list = String(buffer: try await client.execute(uri: "/admin/users", method: .get, headers: admin.headers).body)
            for role in Role.allCases {
                #expect(list.contains("<tr data-login=\"\(role.rawValue)\" data-role=\"\(role.rawValue)\" data-disabled=\"false\">"))
            }
            #expect(!list.contains("action=\"/admin/users/admin/disable\"") && list.contains("action=\"/admin/users/hr/disable\""))
            let cases: [([(String, String)], HTTPResponse.Status, String)] = [
                ([("login", "olga.hr"), ("name", "Ольга Ким"), ("role", "hr"), ("password", "короткий")], .unprocessableContent,
                 "в пароле 8 симв.; нужно не меньше 10"),
                ([("login", "olga.hr"), ("name", "Ольга Ким"), ("role", "boss"), ("password", "достаточно-длинный")], .unprocessableContent,
                 "observer"),
                ([("login", "o"), ("name", "Ольга Ким"), ("role", "hr"), ("password", "достаточно-длинный")], .unprocessableContent,
                 "в логине от 2 до 64 символов, а в «o» их 1"),
                ([("login", "olga.hr"), ("name", "  "), ("role", "hr"), ("password", "достаточно-длинный")], .unprocessableContent,
                 "у учётной записи должно быть имя"),
                ([("login", "hr"), ("name", "Ещё HR"), ("role", "hr"), ("password", "достаточно-длинный")], .conflict, "hr"),
                ([("login", "olga.hr"), ("name", "Ольга Ким"), ("role", "hr"), ("password", "достаточно-длинный")], .seeOther, ""),
            ]
            for (form, status, says) in cases {
                let response = try await client.post("/admin/users", form: [csrf] + form, headers: admin.headers)
                #expect(response.status == status && (says.isEmpty || String(buffer: response.body).contains(says)), "\(form)")
            }
            let disabled = try await client.post("/admin/users/observer/disable", form: [csrf], headers: admin.headers)
            #expect(disabled.status == .seeOther && disabled.headers[.location] == "/admin/users")
            let after = String(buffer: try await client.execute(uri: "/admin/users", method: .get, headers: admin.headers).body)
            #expect(after.contains("<tr data-login=\"olga.hr\" data-role=\"hr\" data-disabled=\"false\">"))
            #expect(after.contains("<tr data-login=\"observer\" data-role=\"observer\" data-disabled=\"true\">"))
            let olga = try await client.post("/login", form: [("login", "olga.hr"), ("password", "достаточно-длинный")])
            #expect(olga.status == .seeOther && olga.headers[.location] == "/")
            let observer = try await client.post("/login", form: [("login", "observer"), ("password", ConsoleFixture.password)])
            #expect(observer.status != .seeOther)
        }
        let audit = try fixture.store.auditLog(subject: nil).filter { [.accountAdd, .accountDisable].contains($0.action) && $0.actor != "setup" }
        #expect(audit.map(\.action) == [.accountAdd, .accountDisable] && audit.allSatisfy { $0.actor == "admin" })
    }

    @Test("the audit log pages newest first, fifty entries a page, with links between pages")
    func audit() async throws {
        let fixture = try await ConsoleFixture()
        for index in 1...60 {
            try fixture.store.addCandidate(NewCandidate(name: "Кандидат \(index)", consentDate: CalendarDate("2026-01-10")!), actor: "hr")
        }
        let ids = try fixture.store.auditLog(subject: nil).map(\.id)
        try await fixture.test { client in
            let admin = try await client.signIn("admin")
            let all = try fixture.store.auditLog(subject: nil).map(\.id).sorted(by: >)
            #expect(all.count > 60 && all.count <= 100 && ids.count < all.count)
            let first = String(buffer: try await client.execute(uri: "/admin/audit", method: .get, headers: admin.headers).body)
            #expect(Self.entries(first) == Array(all.prefix(50)))
            #expect(first.contains("href=\"/admin/audit?page=2\"") && !first.contains("rel=\"prev\""))
            let second = String(buffer: try await client.execute(uri: "/admin/audit?page=2", method: .get, headers: admin.headers).body)
            #expect(Self.entries(second) == Array(all.dropFirst(50)) && second.contains("href=\"/admin/audit?page=1\""))
            let beyond = String(buffer: try await client.execute(uri: "/admin/audit?page=99", method: .get, headers: admin.headers).body)
            #expect(Self.entries(beyond) == Self.entries(second))
        }
    }

    /// The ids of the entries a page shows, in order.
    static func entries(_ html: String) -> [Int64] {
        html.components(separatedBy: "<tr data-entry=\"").dropFirst().compactMap { Int64($0.prefix { $0 != "\"" }) }
    }
}
