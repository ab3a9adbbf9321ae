import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborTestSupport
import Testing

/// `/candidates/{id}`: the scorecard, the interviews, the decisions, and the decision and
/// consensus forms, each audited with the caller's login.
struct CandidatePagesTests {
    /// Анна with the `mixed` stage submitted by two assessors who disagree on `conflict` (5 and 1).
    static func disagreement() async throws -> (fixture: ConsoleFixture, anna: CandidateID) {
        let fixture = try await ConsoleFixture()
        let anna = try fixture.candidate("Анна Петрова")
        try await fixture.account("assessor2", role: .assessor)
        let tokens = try ["assessor", "assessor2"].map(fixture.token)
        try await fixture.test { client in
            for (token, rating) in zip(tokens, [5, 1]) {
                let api = InterviewAPIClient(client: client, token: token)
                let id = try await api.start(anna.rawValue)
                for answer in InterviewAPITests.answers {
                    let body = answer.step == "conflict" ? #"{"rating": \#(rating)}"# : answer.body
                    #expect(try await api.put(id, answer.step, body).status == .ok)
                }
                #expect(try await api.call(.post, "/api/v1/interviews/\(id)/submit").status == .ok)
            }
        }
        return (fixture, anna)
    }

    /// The value of `attribute` on the first element of `html` with `marker` in its opening tag.
    static func attribute(_ attribute: String, after marker: String, in html: String) -> String? {
        guard let start = html.range(of: marker) else { return nil }
        let tag = html[start.lowerBound...].prefix { $0 != ">" }
        guard let value = tag.range(of: attribute + "=\"")?.upperBound else { return nil }
        return String(tag[value...].prefix { $0 != "\"" })
    }

    @Test("the page shows the scorecard, the flagged stage score, the interviews linked and the decision form")
    func page() async throws {
        let (fixture, anna) = try await Self.disagreement()
        try await fixture.test { client in
            let hr = try await client.signIn("hr")
            let response = try await client.execute(uri: "/candidates/\(anna.rawValue)", method: .get, headers: hr.headers)
            let html = String(buffer: response.body)
            #expect(response.status == .ok && html.contains("Анна Петрова"))
            #expect(html.contains("<section class=\"scorecard\" data-profile=\"ssm\">") && html.contains("class=\"overall\" data-s100="))
            // The heading names the profile by its title, not its id.
            #expect(html.contains("<h2>Оценка по профилю «Старший МС»</h2>") && !html.contains("ssm»"))
            #expect(Self.attribute("data-stage", after: "class=\"consensus-form\"", in: html) == "mixed")
            // Each assessor's mean over the items of `empathy` (Core's StageScore.byAssessor), low to high, separated by
            // semicolons: a Russian decimal comma would be ambiguous beside a comma.
            #expect(html.contains("<p>empathy, этап mixed: оценки 3; 5</p>"))
            #expect(html.components(separatedBy: "<tr data-session=").count - 1 == 3)
            // HR may open every session (Account.sessionVisibility), Ирина's open one of `screen` too.
            #expect((1...3).allSatisfy { html.contains("href=\"/interviews/\($0)\"") })
            #expect(html.contains("<form method=\"post\" action=\"/candidates/\(anna.rawValue)/decisions\" class=\"decision-form\">"))
            #expect(html.contains("name=\"_csrf\" value=\"\(hr.csrf)\""))
        }
    }

    @Test("a decision and a consensus are recorded with the login and answered with 303; bad ones are 422 saying what is accepted")
    func forms() async throws {
        let (fixture, anna) = try await Self.disagreement()
        try await fixture.test { client in
            let hr = try await client.signIn("hr")
            let base = "/candidates/\(anna.rawValue)"
            let page = String(buffer: try await client.execute(uri: base, method: .get, headers: hr.headers).body)
            let competency = try #require(Self.attribute("data-competency", after: "class=\"consensus-form\"", in: page))
            let csrf = ("_csrf", hr.csrf)
            let noReason = try await client.post(base + "/decisions", form: [csrf, ("profile", "ssm"), ("decision", "advance"), ("reason", " ")],
                                                 headers: hr.headers)
            #expect(noReason.status == .unprocessableContent)
            let badDecision = try await client.post(base + "/decisions?lang=en", form: [csrf, ("decision", "maybe"), ("reason", "x")],
                                                    headers: hr.headers)
            #expect(badDecision.status == .unprocessableContent
                && String(buffer: badDecision.body).contains("The decision is one of: advance, hold, reject, hire."))
            let decided = try await client.post(base + "/decisions", form: [csrf, ("profile", "ssm"), ("decision", "advance"),
                                                                            ("reason", "сильный кейс")], headers: hr.headers)
            #expect(decided.status == .seeOther && decided.headers[.location] == base + "#decisions")
            let offScale = try await client.post(base + "/consensus", form: [csrf, ("profile", "ssm"), ("stage", "mixed"),
                                                                             ("competency", competency), ("value", "3.3"), ("rationale", "обсудили")],
                                                 headers: hr.headers)
            #expect(offScale.status == .unprocessableContent && String(buffer: offScale.body).contains("3.3"))
            let agreed = try await client.post(base + "/consensus", form: [csrf, ("profile", "ssm"), ("stage", "mixed"),
                                                                           ("competency", competency), ("value", "3.5"), ("rationale", "обсудили")],
                                               headers: hr.headers)
            #expect(agreed.status == .seeOther && agreed.headers[.location] == base)
            let after = String(buffer: try await client.execute(uri: base, method: .get, headers: hr.headers).body)
            #expect(!after.contains("class=\"consensus-form\"") && after.contains("<tr data-decision=\"advance\">"))
            #expect(after.contains("сильный кейс"))
        }
        let decisions = try fixture.store.decisions(candidate: anna)
        #expect(decisions.map(\.decision) == [.advance] && decisions.map(\.decidedBy) == ["hr"])
        let consensus = try fixture.store.consensusRecords(candidate: anna, profile: "ssm")
        #expect(consensus.map(\.consensus.value) == [3.5] && consensus.map(\.consensus.stage) == ["mixed"])
        let audit = try fixture.store.auditLog(subject: nil).filter { [.decisionRecord, .consensusRecord].contains($0.action) }
        #expect(audit.count == 2 && audit.allSatisfy { $0.actor == "hr" })
    }
}
