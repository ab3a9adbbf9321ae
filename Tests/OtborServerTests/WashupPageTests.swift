import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServices
import Testing

/// `/candidates/{id}/washup?stage=S`: the chair's wash-up screen of a group sitting, closed until
/// every observer has submitted; then each competency with every observer's rating and evidence
/// notes side by side, flagged first, and a consensus form that sends the chair back to it.
struct WashupPageTests {
    /// A sitting of `mixed` for Анна watched by `assessor` (rating `conflict` 1, a `+` and a `−` note)
    /// and `second` (rating 5); `submit` says whether both submit.
    static func sitting(submit: Bool) async throws -> (fixture: ConsoleFixture, anna: CandidateID, sitting: String) {
        let (fixture, anna, opened) = try await open()
        try await fixture.test { client in
            for (entry, (rating, note)) in zip(opened.sessions, [(1, #"+ 10:02 выслушала\n− 10:05 перебила клиента"#), (5, "")]) {
                let observer = InterviewAPIClient(client: client, token: try fixture.token(entry.session.assessor))
                let id = entry.session.id.rawValue
                #expect(try await observer.put(id, "conflict", #"{"rating": \#(rating), "note": "\#(note)"}"#).status == .ok)
                if submit {
                    #expect(try await observer.call(.post, "/api/v1/interviews/\(id)/submit", #"{"allowUnanswered": true}"#).status == .ok)
                }
            }
        }
        return (fixture, anna, opened.id)
    }

    /// A sitting of `mixed` for Анна watched by `assessor` and `second`, nothing answered yet.
    static func open() async throws -> (fixture: ConsoleFixture, anna: CandidateID, opened: GroupSittingDesk.Opened) {
        let fixture = try await ConsoleFixture()
        let anna = try fixture.candidate("Анна Петрова")
        try await fixture.account("second", role: .assessor)
        let opened = try await GroupSittingDesk(store: fixture.store, library: ConsoleFixture.library)
            .open(guide: "mixed", profile: "ssm", assignment: GroupAssignment(candidates: [anna], observers: ["assessor": [anna], "second": [anna]]), actor: "hr")
        return (fixture, anna, opened)
    }

    @Test("before everyone submits the screen is refused with 409 naming who is still scoring")
    func early() async throws {
        let (fixture, anna, _) = try await Self.sitting(submit: false)
        try await fixture.test { client in
            let hr = try await client.signIn("hr")
            let response = try await client.execute(uri: "/candidates/\(anna)/washup?stage=mixed&lang=en", method: .get, headers: hr.headers)
            #expect(response.status == .conflict)
            #expect(String(buffer: response.body).contains("assessor, second"), "\(String(buffer: response.body))")
        }
    }

    @Test("the ratings and notes side by side, flagged first, the mean preselected; the consensus returns to the screen and shows")
    func screen() async throws {
        let (fixture, anna, sitting) = try await Self.sitting(submit: true)
        try await fixture.test { client in
            let hr = try await client.signIn("hr")
            let uri = "/candidates/\(anna)/washup?stage=mixed&sitting=\(sitting)"
            let html = String(buffer: try await client.execute(uri: uri, method: .get, headers: hr.headers).body)
            #expect(html.contains("Интеграционная сессия") && html.contains("Анна Петрова"))
            #expect(html.contains("href=\"/group-sittings/\(sitting)\""))
            // `conflict` rates empathy only: the one flagged row comes first with both observers' ratings.
            let first = try #require(html.range(of: "<tr data-competency=")).upperBound
            #expect(html[first...].hasPrefix("\"empathy\" class=\"flagged\""))
            // Each cell is labelled with the observer's name for the stacked layout of a narrow screen.
            #expect(html.contains("<td data-assessor=\"assessor\" data-label=\"Сотрудник assessor\"><span class=\"rating\">1</span>"))
            #expect(html.contains("<td data-assessor=\"second\" data-label=\"second\"><span class=\"rating\">5</span>"))
            #expect(html.contains("<li>+ 10:02 выслушала</li><li>− 10:05 перебила клиента</li>"))
            #expect(html.contains("data-mean=\"3\""))
            #expect(html.contains("<option value=\"3\" selected=\"selected\">3</option>"))
            #expect(html.contains("name=\"from\" value=\"washup\""))
            #expect(html.contains("action=\"/candidates/\(anna)/decisions\""))

            let posted = try await client.post("/candidates/\(anna)/consensus", form: [
                ("_csrf", hr.csrf), ("profile", "ssm"), ("stage", "mixed"), ("competency", "empathy"), ("value", "3"),
                ("rationale", "подтверждаем среднее"), ("from", "washup"),
            ], headers: hr.headers)
            #expect(posted.status == .seeOther)
            #expect(posted.headers[.location] == "/candidates/\(anna)/washup?stage=mixed&profile=ssm")
            let after = String(buffer: try await client.execute(uri: uri, method: .get, headers: hr.headers).body)
            #expect(after.contains("<p class=\"agreed\" data-value=\"3\">Согласовано: 3. подтверждаем среднее</p>"))
            #expect(!after.contains("class=\"consensus-form\""))
        }
        #expect(try fixture.store.auditLog(subject: nil).last { $0.action == .consensusRecord }?.actor == "hr")
    }

    @Test("the board links each complete candidate to the wash-up for the chair, not for an observer", arguments: [("hr", true), ("assessor", false)])
    func boardLink(login: String, linked: Bool) async throws {
        let (fixture, anna, sitting) = try await Self.sitting(submit: true)
        try await fixture.test { client in
            let browser = try await client.signIn(login)
            let html = String(buffer: try await client.execute(uri: "/group-sittings/\(sitting)", method: .get, headers: browser.headers).body)
            #expect(html.contains("/candidates/\(anna)/washup?stage=mixed&amp;sitting=\(sitting)") == linked)
            let washup = try await client.execute(uri: "/candidates/\(anna)/washup?stage=mixed", method: .get, headers: browser.headers)
            #expect((washup.status == .ok) == linked)
        }
    }
}
