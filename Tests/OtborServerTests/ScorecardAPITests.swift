import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborTestSupport
import Testing

/// `GET /api/v1/candidates/{id}/scorecard`: the document `otbor score --format json` prints.
struct ScorecardAPITests {
    @Test("after an interview through the API, the scorecard equals `otbor score --format json` for the candidate")
    func sameAsCLI() async throws {
        let fixture = try await ConsoleFixture()
        let candidate = try fixture.candidate("Анна Петрова")
        let tokens = try ["assessor", "observer"].map(fixture.token)
        let served = try await fixture.test { client in
            let api = InterviewAPIClient(client: client, token: tokens[0])
            let id = try await api.start(candidate.rawValue)
            for answer in InterviewAPITests.answers {
                #expect(try await api.put(id, answer.step, answer.body).status == .ok)
            }
            #expect(try await api.call(.post, "/api/v1/interviews/\(id)/submit").status == .ok)
            let response = try await InterviewAPIClient(client: client, token: tokens[1])
                .call(.get, "/api/v1/candidates/\(candidate.rawValue)/scorecard")
            #expect(response.status == .ok && response.headers[.contentType] == "application/json; charset=utf-8")
            return Data(buffer: response.body)
        }
        let printed = try OtborProcess.run(["score", "--candidate", candidate.description, "--format", "json",
                                            "--database", fixture.folder.file("console.sqlite").path,
                                            "--workspace", OtborProcess.repository.path])
        #expect(printed.status == 0, "\(printed.stderr)")
        let expected = try #require(try printed.json() as? NSDictionary)
        #expect(try JSONSerialization.jsonObject(with: served) as? NSDictionary == expected)
        let score = try #require(expected["score"] as? [String: Any])
        #expect((score["S"] as? Double).map { $0 > 1 && $0 <= 5 } == true)
        #expect((expected["sessions"] as? [[String: Any]])?.map { $0["assessor"] as? String } == ["assessor"])
    }

    @Test("a candidate without an application is 404 saying so; an unknown profile 404 listing the applications")
    func noApplication() async throws {
        let fixture = try await ConsoleFixture()
        try fixture.store.addCandidate(NewCandidate(name: "Без заявок", consentDate: CalendarDate("2026-01-10")!), actor: "setup")
        let applied = try fixture.candidate("Анна")
        let token = try fixture.token("hr")
        try await fixture.test { client in
            let api = InterviewAPIClient(client: client, token: token)
            let none = try await api.call(.get, "/api/v1/candidates/1/scorecard?lang=en")
            #expect(try none.status == .notFound && InterviewAPIClient.detail(none).contains("Candidate 1 has no application yet"))
            let other = try await api.call(.get, "/api/v1/candidates/\(applied.rawValue)/scorecard?profile=cto")
            #expect(try other.status == .notFound && InterviewAPIClient.detail(other).contains("нет заявки на cto; его заявки: ssm"))
        }
    }
}
