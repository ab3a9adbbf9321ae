import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServices
import Testing

/// The wash-up through the API: closed until every session of the stage is submitted, then each
/// competency with every observer's rating side by side, flagged ones first; a consensus recorded
/// with its reason changes the matrix for everyone and is audited with the caller's login.
struct WashupAPITests {
    @Test("409 until the stage is complete; then the ratings side by side, flagged first; a consensus is recorded (201) and shown")
    func washup() async throws {
        let (fixture, anna, opened) = try await WashupPageTests.open()
        try await fixture.test { client in
            let hr = InterviewAPIClient(client: client, token: try fixture.token("hr"))
            let early = try await hr.call(.get, "/api/v1/candidates/\(anna)/washup?stage=mixed&lang=en")
            #expect(early.status == .conflict)
            #expect(try InterviewAPIClient.detail(early).hasSuffix("still waiting for: assessor, second."), "\(String(buffer: early.body))")
            for (entry, rating) in zip(opened.sessions, [1, 5]) {
                let observer = InterviewAPIClient(client: client, token: try fixture.token(entry.session.assessor))
                let id = entry.session.id.rawValue
                #expect(try await observer.put(id, "conflict", #"{"rating": \#(rating), "note": "видно по группе"}"#).status == .ok)
                #expect(try await observer.call(.post, "/api/v1/interviews/\(id)/submit", #"{"allowUnanswered": true}"#).status == .ok)
            }
            let open = try await hr.call(.get, "/api/v1/candidates/\(anna)/washup?stage=mixed")
            #expect(open.status == .ok, "\(String(buffer: open.body))")
            let scores = try #require(try InterviewAPIClient.object(open)["scores"] as? [[String: Any]])
            let empathy = try #require(scores.first)
            #expect(empathy["competency"] as? String == "empathy" && empathy["flagged"] as? Bool == true)
            #expect(empathy["ratings"] as? [String: Double] == ["assessor": 1, "second": 5] && empathy["mean"] as? Double == 3)
            #expect((empathy["allowed"] as? [Double])?.count == 9 && empathy["consensus"] == nil)
            #expect(empathy["notes"] as? [String: [String]] == ["assessor": ["видно по группе"], "second": ["видно по группе"]])

            let body = #"{"stage": "mixed", "competency": "empathy", "value": 3.5, "rationale": "видео: спокоен, но перебивал"}"#
            let recorded = try await hr.call(.post, "/api/v1/candidates/\(anna)/consensus", body)
            #expect(recorded.status == .created, "\(String(buffer: recorded.body))")
            let after = try #require(try InterviewAPIClient.object(recorded)["scores"] as? [[String: Any]]).first
            #expect((after?["consensus"] as? [String: Any])?["value"] as? Double == 3.5)
            let bad = try await hr.call(.post, "/api/v1/candidates/\(anna)/consensus", #"{"stage": "mixed", "competency": "empathy", "value": 3.2, "rationale": "x"}"#)
            #expect(bad.status == .unprocessableContent)
            for login in ["assessor", "observer"] {
                let other = InterviewAPIClient(client: client, token: try fixture.token(login))
                #expect(try await other.call(.get, "/api/v1/candidates/\(anna)/washup?stage=mixed").status == .forbidden)
            }
        }
        #expect(try fixture.store.consensusRecords(candidate: anna, profile: "ssm").map(\.consensus.value) == [3.5])
        #expect(try fixture.store.auditLog(subject: nil).last { $0.action == .consensusRecord }?.actor == "hr")
    }
}
