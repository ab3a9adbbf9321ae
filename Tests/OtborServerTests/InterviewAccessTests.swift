import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborStore
import OtborTestSupport
import Testing

/// Who reads whose interview before and after submit, CSRF on the interview routes, and hostile
/// text through every field of an answer.
struct InterviewAccessTests {
    @Test("a colleague's session is hidden from an assessor until the whole stage is submitted; HR sees it unless on that stage's panel")
    func visibility() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.account("assessor2", role: .assessor)
        let candidate = try fixture.candidate("Анна")
        let tokens = try ["assessor", "assessor2", "hr"].map(fixture.token)
        try await fixture.test { client in
            let one = InterviewAPIClient(client: client, token: tokens[0]), two = InterviewAPIClient(client: client, token: tokens[1])
            let hr = InterviewAPIClient(client: client, token: tokens[2])
            let first = try await one.start(candidate.rawValue), second = try await two.start(candidate.rawValue)
            #expect(try await one.put(first, "conflict", #"{"rating": 5, "note": "ясно"}"#).status == .ok)
            #expect(try await hr.get(first).status == .ok)
            let hidden = try await two.get(first)
            #expect(hidden.status == .forbidden)
            #expect(try InterviewAPIClient.detail(hidden).contains("оценки скрыты"))
            #expect(try await one.call(.post, "/api/v1/interviews/\(first)/submit", #"{"allowUnanswered": true}"#).status == .ok)
            #expect(try await two.get(first).status == .forbidden)
            #expect(try await one.get(second).status == .forbidden)
            #expect(try await two.call(.post, "/api/v1/interviews/\(second)/submit", #"{"allowUnanswered": true}"#).status == .ok)
            let visible = try await two.get(first)
            #expect(visible.status == .ok)
            let answer = (try InterviewAPIClient.object(visible)["steps"] as? [[String: Any]])?.first?["answer"] as? [String: Any]
            #expect(answer?["rating"] as? Int == 5 && answer?["note"] as? String == "ясно")
            #expect(try await one.get(second).status == .ok)
            // HR on the panel of a stage does not see a colleague's open session of it.
            let third = try await one.start(candidate.rawValue, stage: "screen")
            _ = try await hr.start(candidate.rawValue, stage: "screen")
            #expect(try await hr.get(third).status == .forbidden)
            let admin = InterviewAPIClient(client: client, token: try fixture.token("admin"))
            #expect(try await admin.get(third).status == .ok)
        }
    }

    @Test("cookie calls of the interview API need the CSRF token; bearer calls do not")
    func csrf() async throws {
        let fixture = try await ConsoleFixture()
        let candidate = try fixture.candidate("Анна")
        let token = try fixture.token("assessor")
        try await fixture.test { client in
            let browser = try await client.signIn("assessor")
            var headers = browser.headers
            headers[.contentType] = "application/json"
            let start = #"{"candidate": \#(candidate.rawValue), "profile": "ssm", "stage": "mixed"}"#
            let forged = try await client.execute(uri: "/api/v1/interviews", method: .post, headers: headers, body: ByteBuffer(string: start))
            #expect(forged.status == .forbidden && forged.headers[.contentType] == "application/problem+json")
            headers[HTTPFields.Element.Name("X-CSRF-Token")!] = browser.csrf
            let started = try await client.execute(uri: "/api/v1/interviews", method: .post, headers: headers, body: ByteBuffer(string: start))
            #expect(started.status == .created)
            let id = try #require(try InterviewAPIClient.object(started)["id"] as? Int)
            var bare = browser.headers
            bare[.contentType] = "application/json"
            for (method, path, body) in [(HTTPRequest.Method.put, "answers/conflict", #"{"rating": 3}"#), (.post, "submit", "")] {
                let refused = try await client.execute(uri: "/api/v1/interviews/\(id)/\(path)", method: method, headers: bare,
                                                       body: ByteBuffer(string: body))
                #expect(refused.status == .forbidden, "\(path)")
            }
            #expect(try await client.execute(uri: "/api/v1/interviews/\(id)/answers/conflict", method: .put, headers: headers,
                                             body: ByteBuffer(string: #"{"rating": 3}"#)).status == .ok)
            let bearer = InterviewAPIClient(client: client, token: token)
            #expect(try await bearer.put(Int64(id), "conflict", #"{"rating": 4}"#).status == .ok)
            #expect(try await bearer.get(Int64(id)).status == .ok)
        }
    }

    /// Notes the note rule keeps, and what is stored: trimmed, otherwise verbatim.
    static let keptNotes: [(sent: String, stored: String)] = [
        ("<script>alert('x')</script>", "<script>alert('x')</script>"),
        ("\u{202E}evil\u{202C} и \u{200F}справа", "\u{202E}evil\u{202C} и \u{200F}справа"),
        ("  строка 1\n\tстрока 2 & \"кавычки\"  ", "строка 1\n\tстрока 2 & \"кавычки\""),
        (String(repeating: "я", count: 10_000), String(repeating: "я", count: 10_000)),
        ("{step} {guide} %23 ../../etc", "{step} {guide} %23 ../../etc"),
    ]

    @Test("hostile text in a note is stored verbatim (trimmed) and read back the same; a NUL or too long a note is 422")
    func hostileNotes() async throws {
        let fixture = try await ConsoleFixture()
        let id = try await fixture.interview { api, id in
            for note in Self.keptNotes {
                let body = String(decoding: try JSONSerialization.data(withJSONObject: ["rating": 3, "note": note.sent]), as: UTF8.self)
                let response = try await api.put(id, "conflict", body)
                #expect(response.status == .ok)
                let answer = try InterviewAPIClient.object(response)["answer"] as? [String: Any]
                #expect(answer?["note"] as? String == note.stored)
                #expect(try fixture.store.notes(session: SessionID(id))["conflict"] == note.stored)
            }
            for bad in ["a\u{0}b", "\u{1B}[31mred", String(repeating: "я", count: 10_001)] {
                let body = String(decoding: try JSONSerialization.data(withJSONObject: ["rating": 3, "note": bad]), as: UTF8.self)
                #expect(try await api.put(id, "conflict", body).status == .unprocessableContent)
            }
        }
        #expect(try fixture.store.notes(session: id)["conflict"] == Self.keptNotes.last?.stored)
    }

    @Test("hostile text in the other fields finds nothing and stores nothing", arguments: [
        ("angry-client#checklist", #"{"ticks": ["<script>", "apologises\u0000"]}"#, 422),
        ("discount#responsibility", #"{"option": "\u202Eadequate"}"#, 422),
        ("day#plan", #"{"plan": [{"task": "lecture'; DROP TABLE rating; --", "minutes": 30}]}"#, 422),
        ("conflict\u{0}", #"{"rating": 3}"#, 404),
        ("<script>", #"{"rating": 3}"#, 404),
    ])
    func hostileFields(step: String, body: String, status: Int) async throws {
        let fixture = try await ConsoleFixture()
        let id = try await fixture.interview { api, id in
            let encoded = step.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? step
            let response = try await api.call(.put, "/api/v1/interviews/\(id)/answers/\(encoded)", body)
            #expect(response.status.code == status, "\(String(buffer: response.body))")
            #expect(response.headers[.contentType] == "application/problem+json")
        }
        #expect(try fixture.store.answers(session: id) == SessionAnswers())
    }
}
