import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborStore
import OtborTestSupport
import Testing

/// `POST /api/v1/interviews`: what a start that cannot go ahead gets, and that nothing is stored.
struct InterviewStartTests {
    @Test("a start that cannot go ahead says why and what exists", arguments: [
        (#"{"candidate": 1, "profile": "cto", "stage": "mixed"}"#, 404, "There is no profile 'cto' in the workspace; known profiles: ssm"),
        (#"{"candidate": 1, "profile": "ssm", "stage": "final"}"#, 404, "known guides: screen, mixed, group"),
        (#"{"candidate": 1, "profile": "ssm", "stage": "group"}"#, 422, "'group' is not a stage of profile ssm; its stages: screen, mixed"),
        (#"{"candidate": "Нет Такого", "profile": "ssm", "stage": "mixed"}"#, 404, "no candidate 'Нет Такого'"),
        (#"{"candidate": 1, "profile": "ssm"}"#, 422, #""stage": "guide id""#),
        (#"{"candidate": true, "profile": "ssm", "stage": "mixed"}"#, 422, #""candidate": 12 or "Full Name""#),
        ("", 422, "is not a JSON object"),
    ])
    func refused(body: String, status: Int, detail: String) async throws {
        let fixture = try await ConsoleFixture()
        try fixture.store.addCandidate(NewCandidate(name: "Анна", consentDate: CalendarDate("2026-01-10")!), actor: "setup")
        let token = try fixture.token("assessor")
        try await fixture.test { client in
            let response = try await InterviewAPIClient(client: client, token: token).call(.post, "/api/v1/interviews?lang=en", body)
            #expect(response.status.code == status && response.headers[.contentType] == "application/problem+json")
            let said = try InterviewAPIClient.detail(response)
            #expect(said.contains(detail), "\(said)")
        }
        #expect(try await fixture.store.sessions().isEmpty)
    }

    @Test("a stage the profile runs after the decision (the reference check, the offer) starts as a stage does")
    func afterDecision() async throws {
        var fixture = try await ConsoleFixture()
        var profile = ScreenContent.profile(stages: ["screen"])
        profile.afterDecision = [AfterDecisionStage(guide: "mixed")]
        fixture.content = ContentLibrary(profiles: [profile], guides: ConsoleFixture.library.guides)
        let candidate = try fixture.candidate("Анна")
        let token = try fixture.token("assessor")
        try await fixture.test { client in
            let api = InterviewAPIClient(client: client, token: token)
            let started = try await api.call(.post, "/api/v1/interviews?lang=en", #"{"candidate": "\#(candidate.rawValue)", "profile": "ssm", "stage": "mixed"}"#)
            #expect(started.status == .created)
            let refused = try await api.call(.post, "/api/v1/interviews?lang=en", #"{"candidate": "\#(candidate.rawValue)", "profile": "ssm", "stage": "group"}"#)
            #expect(refused.status == .unprocessableContent)
            #expect(try InterviewAPIClient.detail(refused).contains("its stages: screen, mixed"))
            // The start form offers it after the process's stages, marked.
            let page = String(buffer: try await client.execute(uri: "/", method: .get, headers: try await client.signIn("assessor").headers).body)
            let option = try #require(page.range(of: #"<option value="ssm/mixed">[^<]*</option>"#, options: .regularExpression))
            #expect(page[option].hasSuffix(" (после решения)</option>"), "\(page[option])")
            #expect(page.range(of: "ssm/screen")!.lowerBound < option.lowerBound)
        }
        #expect(try await fixture.store.sessions().map(\.guide).sorted() == ["mixed", "screen"])
    }

    @Test("a second start of the same stage by the same person is 409 naming the session to go on with")
    func duplicate() async throws {
        let fixture = try await ConsoleFixture()
        let candidate = try fixture.candidate("Анна")
        let token = try fixture.token("assessor")
        try await fixture.test { client in
            let api = InterviewAPIClient(client: client, token: token)
            let first = try await api.start(candidate.rawValue)
            let again = try await api.call(.post, "/api/v1/interviews", #"{"candidate": "\#(candidate.rawValue)", "profile": "ssm", "stage": "mixed"}"#)
            #expect(again.status == .conflict)
            #expect(try InterviewAPIClient.detail(again).contains("already has session \(first)"))
        }
        #expect(try await fixture.store.sessions().count == 2)
    }
}
