import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborTestSupport
import Testing
@testable import OtborServer

/// The scoring page follows the alternatives as the server reads them: once an answer gives a group
/// its `run`, the API reports the rest of the group `closed` (what the page's script applies after
/// each save), the page marks them, and back, skip and "save and next" pass over them as the
/// terminal runner does.
struct AlternateNavigationTests {
    /// ``MixedGuide/guide`` with the conflict question and the client scenario (steps 1 and 2–3) as alternatives, one run.
    static let guide = AlternateStepSectionTests.guide

    struct Stop: Sendable, CustomTestStringConvertible {
        var closed: [Bool]
        var from: Int
        var direction: Int
        var expected: Int?
        var testDescription: String { "\(closed.map { $0 ? "x" : "." }.joined()) from \(from) by \(direction)" }
    }

    @Test("a move lands on the nearest step not closed; past either end it has none", arguments: [
        Stop(closed: [false, true, true, false], from: 0, direction: 1, expected: 4),
        Stop(closed: [false, true, true, false], from: 3, direction: -1, expected: 1),
        Stop(closed: [false, true, true, false], from: 1, direction: 1, expected: 4),
        Stop(closed: [false, false, true, true], from: 1, direction: 1, expected: nil),
        Stop(closed: [true, false, false], from: 1, direction: -1, expected: nil),
        Stop(closed: [false, false, false], from: 0, direction: 1, expected: 2),
        Stop(closed: [false, false, false], from: 0, direction: -1, expected: nil),
    ])
    func stop(row: Stop) {
        #expect(InterviewPage.stop(from: row.from, by: row.direction, closed: row.closed) == row.expected)
    }

    @Test("the API: before any answer every step of the group is open; after the conflict question the client scenario's steps are closed")
    func apiReportsClosed() async throws {
        let fixture = try await ConsoleFixture()
        let candidate = try fixture.candidate("Анна Петрова")
        let session = try fixture.session(candidate, guide: Self.guide, assessor: "assessor")
        let token = try fixture.token("assessor")
        try await fixture.test { client in
            let api = InterviewAPIClient(client: client, token: token)
            func alternates() async throws -> [String: String] {
                let steps = try InterviewAPIClient.object(try await api.get(session.id.rawValue))["steps"] as? [[String: Any]] ?? []
                return Dictionary(uniqueKeysWithValues: steps.map { ($0["key"] as? String ?? "", $0["alternate"] as? String ?? "-") })
            }
            #expect(try await alternates() == ["conflict": "open", "angry-client/tone": "open", "angry-client#checklist": "open",
                                               "discount/realism": "-", "discount#responsibility": "-", "day#plan": "-"])
            let put = try await api.put(session.id.rawValue, "conflict", #"{"rating": 4}"#)
            #expect(put.status == .ok)
            let after = try await api.get(session.id.rawValue)
            #expect(try InterviewAPIClient.object(after)["total"] as? Int == 4)
            #expect(try await alternates() == ["conflict": "-", "angry-client/tone": "closed", "angry-client#checklist": "closed",
                                               "discount/realism": "-", "discount#responsibility": "-", "day#plan": "-"])
        }
    }

    @Test("without JavaScript: 'save and next' on the conflict question leads past the closed client scenario; the page marks it and its links pass over it")
    func pagePassesOverClosed() async throws {
        let fixture = try await ConsoleFixture()
        let candidate = try fixture.candidate("Анна Петрова")
        let session = try fixture.session(candidate, guide: Self.guide, assessor: "assessor")
        try await fixture.test { client in
            let browser = try await client.signIn("assessor")
            let before = try await InterviewPagesTests.page(client, browser, "/interviews/\(session.id)")
            #expect(before.contains("<a class=\"skip\" href=\"#step-2\""))
            #expect(!before.contains("data-alternate=\"closed\""))
            let response = try await client.post("/interviews/\(session.id)/steps/conflict", form: [("_csrf", browser.csrf), ("rating", "4")],
                                                 headers: browser.headers)
            #expect(response.status == .seeOther && response.headers[.location] == "/interviews/\(session.id)#step-4")
            let html = try await InterviewPagesTests.page(client, browser, "/interviews/\(session.id)")
            for number in [2, 3] {
                #expect(html.contains("id=\"step-\(number)\" tabindex=\"-1\" data-key=\"\(Self.guide.steps[number - 1].key)\" data-kind=\"")
                        && html.contains("<a href=\"#step-\(number)\" class=\"closed\">\(number)</a>"))
            }
            #expect(html.components(separatedBy: "data-alternate=\"closed\"").count == 3)
            // Step 1 skips to step 4, and step 4 goes back to step 1; the closed steps still lead on.
            #expect(html.contains("<a class=\"skip\" href=\"#step-4\"") && html.contains("<a class=\"back\" href=\"#step-1\""))
            #expect(!html.contains("<a class=\"skip\" href=\"#step-2\"") && !html.contains("<a class=\"skip\" href=\"#step-3\""))
        }
    }
}
