import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborStore
import Testing

/// Red flags through the API: `PUT` records one, `DELETE` takes it back, through the same
/// service as the scoring page's form; each change audited under the assessor's login.
struct RedFlagAPITests {
    /// The flags of an interview document.
    static func flags(_ response: TestResponse) throws -> [String] {
        (try InterviewAPIClient.object(response)["redFlags"] as? [[String: Any]] ?? []).compactMap { $0["flag"] as? String }
    }

    @Test("PUT records a red flag and DELETE takes it back, each again changing nothing; an unknown flag is 422 listing the guide's; submitted 409")
    func recordAndRemove() async throws {
        let fixture = try await ConsoleFixture()
        let session = try await fixture.interview { api, id in
            let base = "/api/v1/interviews/\(id)/red-flags/"
            let put = try await api.call(.put, base + "late")
            #expect(try put.status == .ok && Self.flags(put) == ["late"])
            #expect(try Self.flags(try await api.call(.put, base + "late")) == ["late"])
            let removed = try await api.call(.delete, base + "late")
            #expect(try removed.status == .ok && Self.flags(removed).isEmpty)
            let again = try await api.call(.delete, base + "late")
            #expect(try again.status == .ok && Self.flags(again).isEmpty)
            let unknown = try await api.call(.put, base + "nope")
            let detail = String(buffer: unknown.body)
            #expect(unknown.status == .unprocessableContent && unknown.headers[.contentType] == "application/problem+json")
            #expect(detail.contains("nope") && detail.contains("blames-employer") && detail.contains("late"), "\(detail)")
            _ = try await api.call(.put, base + "late")
            #expect(try await api.call(.post, "/api/v1/interviews/\(id)/submit", #"{"allowUnanswered": true}"#).status == .ok)
            let locked = try await api.call(.delete, base + "late")
            #expect(locked.status == .conflict && locked.headers[.contentType] == "application/problem+json")
        }
        #expect(try fixture.store.redFlags(session: session).map(\.flag) == ["late"])
        let lines = try fixture.store.auditLog(subject: "session:\(session)").filter { $0.action == .redFlagRecord || $0.action == .redFlagRemove }
        #expect(lines.map(\.action) == [.redFlagRecord, .redFlagRemove, .redFlagRecord], "\(lines)")
        #expect(lines.allSatisfy { $0.actor == "assessor" && $0.detail == "late" })
    }
}
