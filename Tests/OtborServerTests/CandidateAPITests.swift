import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborStore
import Testing

/// `GET` and `POST /api/v1/candidates`: what each role reads, what a bad body gets, the audit.
struct CandidateAPITests {
    func post(_ body: String, token: String, _ client: any TestClientProtocol) async throws -> TestResponse {
        try await client.execute(uri: "/api/v1/candidates", method: .post,
                                 headers: [.authorization: "Bearer \(token)", .contentType: "application/json"], body: ByteBuffer(string: body))
    }

    func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body))
    }

    @Test("POST adds the candidate with every field, answers 201 with the record, and the audit names the caller's login")
    func create() async throws {
        let fixture = try await ConsoleFixture()
        let token = try fixture.token("hr")
        try await fixture.test { client in
            let response = try await post("""
                {"name": " Анна Петрова ", "email": "anna@example.com", "phone": "+7 912 345-67-89", "source": "hh.ru",
                 "consentDate": "2026-01-15", "group": "Ж", "notes": "звонить\\nпосле 18:00"}
                """, token: token, client)
            #expect(response.status == .created && response.headers[.contentType] == "application/json; charset=utf-8")
            let record = try #require(try json(response) as? [String: Any])
            #expect(record["id"] as? Int == 1 && record["name"] as? String == "Анна Петрова" && record["email"] as? String == "anna@example.com")
            #expect(record["consentDate"] as? String == "2026-01-15" && record["notes"] as? String == "звонить\nпосле 18:00")
        }
        let stored = try fixture.store.candidate("1")
        #expect(stored.name == "Анна Петрова" && stored.phone == "+7 912 345-67-89" && stored.source == "hh.ru" && stored.fairnessGroup == "Ж")
        let audit = try #require(try fixture.store.auditLog(subject: "candidate:1").first)
        #expect(audit.action == .candidateAdd && audit.actor == "hr")
    }

    @Test("consent defaults to today in the campaign's time zone")
    func consentToday() async throws {
        let fixture = try await ConsoleFixture()
        let token = try fixture.token("admin")
        try await fixture.test { client in
            let status = try await post(#"{"name": "Борис"}"#, token: token, client).status
            #expect(status == .created)
        }
        #expect(try fixture.store.candidate("1").consentDate == CalendarDate(fixture.clock.now(), in: .current))
    }

    @Test("a bad body is 422 problem+json saying what to fix, and nothing is stored", arguments: [
        ("not json", "not a JSON object"), (#"["a"]"#, "not a JSON object"), (#"{"email": "a@b.ru"}"#, "name is required"),
        (#"{"name": "  "}"#, "name is empty"), (#"{"name": "В", "email": "vera.example.com"}"#, "is not an e-mail address"),
        (#"{"name": "В", "consentDate": "2999-01-01"}"#, "lies in the future"), (#"{"name": "В", "consentDate": "01.02.2026"}"#, "yyyy-mm-dd"),
        (#"{"name": "В", "phone": "call me"}"#, "is not a phone number"), (#"{"name": "В\nВторая"}"#, "control character"),
    ])
    func badBody(body: String, detail: String) async throws {
        let fixture = try await ConsoleFixture()
        let token = try fixture.token("hr")
        try await fixture.test { client in
            let response = try await post(body, token: token, client)
            #expect(response.status == .unprocessableContent && response.headers[.contentType] == "application/problem+json")
            let problem = try #require(try json(response) as? [String: Any])
            #expect(problem["status"] as? Int == 422 && problem["title"] as? String == "Unprocessable Content")
            #expect(problem["type"] as? String == "/api/v1/problems/invalid-body")
            #expect((problem["detail"] as? String)?.contains(detail) == true, "\(problem)")
        }
        #expect(try fixture.store.candidates().isEmpty)
    }

    @Test("GET: assessors get ids and names only; observers also applications and the last decision; hr also contacts")
    func listByRole() async throws {
        let fixture = try await ConsoleFixture()
        try fixture.store.addCandidate(NewCandidate(name: "Анна", email: "anna@example.com", consentDate: CalendarDate("2026-01-10")!),
                                       actor: "setup")
        let id = try fixture.candidate("Борис", decision: .hold)
        let tokens = try ["assessor", "observer", "hr"].map(fixture.token)
        try await fixture.test { client in
            var bodies: [[[String: Any]]] = []
            for token in tokens {
                let response = try await client.execute(uri: "/api/v1/candidates", method: .get, headers: [.authorization: "Bearer \(token)"])
                bodies.append(try #require(try json(response) as? [[String: Any]]))
            }
            #expect(bodies[0].map { Set($0.keys) } == [["id", "name"], ["id", "name"]])
            #expect(bodies[0].map { $0["name"] as? String } == ["Анна", "Борис"])
            #expect(bodies[1][0]["email"] == nil && bodies[1][0]["lastDecision"] is NSNull)
            let decision = try #require(bodies[1][1]["lastDecision"] as? [String: Any])
            #expect(decision["decision"] as? String == "hold" && decision["profile"] as? String == "ssm")
            #expect((bodies[1][1]["applications"] as? [[String: Any]])?.first?["profile"] as? String == "ssm")
            #expect(bodies[2][0]["email"] as? String == "anna@example.com" && bodies[2][1]["id"] as? Int == Int(id.rawValue))
        }
    }
}
