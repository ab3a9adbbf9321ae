import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServices
import Testing

/// Conflicts of interest in the console: an observer declares one (API or their scoring page), is
/// then refused the candidate's answers, sittings and wash-up, the board stops waiting for them,
/// their ratings are left out of the wash-up, and the candidate report names them.
struct ConflictTests {
    @Test("declared through the API: 201, then 200; the observer's answers are refused with 403; their rating leaves the wash-up")
    func api() async throws {
        let (fixture, anna, opened) = try await WashupPageTests.open()
        try await fixture.test { client in
            let second = InterviewAPIClient(client: client, token: try fixture.token("second"))
            let mine = try #require(opened.sessions.first { $0.session.assessor == "second" }).session.id.rawValue
            #expect(try await second.put(mine, "conflict", #"{"rating": 5}"#).status == .ok)
            let declared = try await second.call(.post, "/api/v1/conflicts", #"{"candidate": \#(anna), "reason": "former-colleague"}"#)
            #expect(declared.status == .created, "\(String(buffer: declared.body))")
            let body = try InterviewAPIClient.object(declared)
            #expect(body["login"] as? String == "second" && body["reason"] as? String == "former-colleague")
            #expect(try await second.call(.post, "/api/v1/conflicts", #"{"candidate": \#(anna)}"#).status == .ok)
            let refused = try await second.put(mine, "conflict", #"{"rating": 4}"#, lang: "en")
            #expect(refused.status == .forbidden)
            #expect(try InterviewAPIClient.detail(refused).contains("declared a conflict of interest with candidate \(anna)"))
            let bad = try await second.call(.post, "/api/v1/conflicts", #"{"candidate": \#(anna), "reason": "enemy"}"#)
            #expect(bad.status == .unprocessableContent)

            // The other observer submits: nobody waits for `second` any more, and only the submitted rating is in the wash-up.
            let first = InterviewAPIClient(client: client, token: try fixture.token("assessor"))
            let theirs = try #require(opened.sessions.first { $0.session.assessor == "assessor" }).session.id.rawValue
            #expect(try await first.put(theirs, "conflict", #"{"rating": 2}"#).status == .ok)
            #expect(try await first.call(.post, "/api/v1/interviews/\(theirs)/submit", #"{"allowUnanswered": true}"#).status == .ok)
            let hr = InterviewAPIClient(client: client, token: try fixture.token("hr"))
            let board = try InterviewAPIClient.object(try await hr.call(.get, "/api/v1/group-sittings/\(opened.id)/board"))
            let rows = try #require(board["sessions"] as? [[String: Any]])
            #expect(rows.map { $0["conflict"] as? Bool } == [false, true])
            let washup = try await hr.call(.get, "/api/v1/candidates/\(anna)/washup?stage=mixed")
            #expect(washup.status == .ok, "\(String(buffer: washup.body))")
            let scores = try #require(try InterviewAPIClient.object(washup)["scores"] as? [[String: Any]])
            #expect(scores.first?["ratings"] as? [String: Double] == ["assessor": 2])
        }
        #expect(try fixture.store.auditLog(subject: "candidate:\(anna)").filter { $0.action == .conflictDeclare }.map(\.actor) == ["second"])
    }

    @Test("declared on the scoring page: the page turns read-only and says why; a new sitting with that observer is refused")
    func page() async throws {
        let (fixture, anna, opened) = try await WashupPageTests.open()
        let mine = try #require(opened.sessions.first { $0.session.assessor == "assessor" }).session.id
        try await fixture.test { client in
            let browser = try await client.signIn("assessor")
            let before = String(buffer: try await client.execute(uri: "/interviews/\(mine)", method: .get, headers: browser.headers).body)
            #expect(before.contains("action=\"/interviews/\(mine)/conflict\"") && before.contains("<option value=\"relative\">"))
            let posted = try await client.post("/interviews/\(mine)/conflict", form: [("_csrf", browser.csrf), ("reason", "relative")],
                                               headers: browser.headers)
            #expect(posted.status == .seeOther && posted.headers[.location] == "/interviews/\(mine)")
            let after = String(buffer: try await client.execute(uri: "/interviews/\(mine)", method: .get, headers: browser.headers).body)
            #expect(after.contains("id=\"conflict-declared\"") && !after.contains("action=\"/interviews/\(mine)/conflict\""))
            // The steps' fieldsets are disabled, as on a submitted interview.
            #expect(!before.contains("<fieldset class=\"step-body\" disabled") && after.contains("<fieldset class=\"step-body\" disabled"))
        }
        let desk = GroupSittingDesk(store: fixture.store, library: ConsoleFixture.library)
        await #expect(throws: GroupSittingError.conflictOfInterest(login: "assessor", candidate: anna)) {
            try await desk.open(guide: "mixed", profile: "ssm",
                                assignment: GroupAssignment(candidates: [anna], observers: ["assessor": [anna], "second": [anna]]), actor: "hr")
        }
    }

    @Test("an HR chair in conflict is kept out of the candidate's wash-up and consensus; the report names the conflict")
    func chair() async throws {
        let (fixture, anna, _) = try await WashupPageTests.sitting(submit: true)
        _ = try await ConflictDesk(store: fixture.store).declare(candidate: anna, reason: .knows, login: "hr")
        try await fixture.test { client in
            let hr = InterviewAPIClient(client: client, token: try fixture.token("hr"))
            let washup = try await hr.call(.get, "/api/v1/candidates/\(anna)/washup?stage=mixed&lang=en")
            #expect(washup.status == .forbidden)
            #expect(try InterviewAPIClient.detail(washup).contains("take no part in their wash-up"))
            let body = #"{"stage": "mixed", "competency": "empathy", "value": 3, "rationale": "x"}"#
            #expect(try await hr.call(.post, "/api/v1/candidates/\(anna)/consensus", body).status == .forbidden)
            let admin = InterviewAPIClient(client: client, token: try fixture.token("admin"))
            #expect(try await admin.call(.get, "/api/v1/candidates/\(anna)/washup?stage=mixed").status == .ok)
            let report = String(buffer: try await client.execute(uri: "/reports/candidates/\(anna)", method: .get,
                                                                 headers: try await client.signIn("admin").headers).body)
            #expect(report.contains("<ul class=\"conflicts\"><li data-assessor=\"hr\">"))
            #expect(report.contains("заявил(а) о конфликте интересов (знает кандидата лично, "))
        }
    }
}
