import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServices
import Testing

/// Blind ranking: with the campaign option on, assessors see candidates under codes in every page
/// and API answer that names them; HR sees names, and so do the reports.
struct BlindRankingTests {
    @Test("codes for an assessor on the start page, the scoring page, the board and the API; names for HR, for a reader of the reports, and in the report",
          arguments: [true, false])
    func blind(on: Bool) async throws {
        let (fixture, anna, opened) = try await WashupPageTests.open()
        try await fixture.store.setCampaignOptions(CampaignOptions(blindRanking: on), actor: "hr")
        let code = BlindCode.of(anna), shown = on ? code : "Анна Петрова"
        let session = try #require(opened.sessions.first { $0.session.assessor == "assessor" }).session.id
        try await fixture.test { client in
            let assessor = try await client.signIn("assessor")
            for uri in ["/", "/interviews/\(session)", "/group-sittings/\(opened.id)"] {
                let page = String(buffer: try await client.execute(uri: uri, method: .get, headers: assessor.headers).body)
                #expect(page.contains(shown), "\(uri)")
                #expect(page.contains("Анна Петрова") == !on, "\(uri) shows the name under blind ranking")
            }
            let api = InterviewAPIClient(client: client, token: try fixture.token("assessor"))
            let list = String(buffer: try await api.call(.get, "/api/v1/candidates").body)
            #expect(list.contains("\"name\":\"\(shown)\"") && list.contains("Анна Петрова") == !on)
            let interview = String(buffer: try await api.call(.get, "/api/v1/interviews/\(session)").body)
            #expect(interview.contains(shown) && interview.contains("Анна Петрова") == !on)

            let hr = try await client.signIn("hr")
            for uri in ["/", "/group-sittings/\(opened.id)", "/reports/candidates/\(anna)"] {
                let page = String(buffer: try await client.execute(uri: uri, method: .get, headers: hr.headers).body)
                #expect(page.contains("Анна Петрова") && !page.contains(code), "\(uri) for HR")
            }
            // An observer rates nobody and reads the names in the reports: the console names them too.
            let observer = try await client.signIn("observer")
            for uri in ["/", "/reports/candidates/\(anna)"] {
                let page = String(buffer: try await client.execute(uri: uri, method: .get, headers: observer.headers).body)
                #expect(page.contains("Анна Петрова") && !page.contains(code), "\(uri) for an observer")
            }
        }
        #expect(BlindCode.of(CandidateID(7)) == "К-07" && BlindCode.of(CandidateID(128)) == "К-128")
    }
}
