import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborReport
import OtborServer
import OtborServices
import OtborTestSupport
import Testing

/// `GET /reports…`: the documents `otbor report` writes, linked by console routes, each under a
/// policy that allows its own inline styles and nothing else.
struct ReportPagesTests {
    /// A campaign with Анна interviewed (the `mixed` stage submitted through the API) and Борис not.
    static func campaign() async throws -> (fixture: ConsoleFixture, anna: CandidateID) {
        let fixture = try await ConsoleFixture()
        let anna = try fixture.candidate("Анна Петрова")
        try fixture.candidate("Борис Смирнов")
        let token = try fixture.token("assessor")
        try await fixture.test { client in
            let api = InterviewAPIClient(client: client, token: token)
            let id = try await api.start(anna.rawValue)
            for answer in InterviewAPITests.answers { _ = try await api.put(id, answer.step, answer.body) }
            #expect(try await api.call(.post, "/api/v1/interviews/\(id)/submit").status == .ok)
        }
        return (fixture, anna)
    }

    /// The opening tags of the dashboard's rows, `<tr data-candidate=…>`, in order.
    static func rows(_ html: String) -> [String] {
        html.components(separatedBy: "<tr data-candidate=").dropFirst().map { "<tr data-candidate=" + $0.prefix { $0 != ">" } }
    }

    /// `html` without the console's bar and its style element.
    static func withoutBar(_ html: String) -> String {
        var html = html
        if let nav = html.range(of: "<nav class=\"console-bar\""), let end = html[nav.upperBound...].range(of: "</nav>") {
            html.removeSubrange(nav.lowerBound..<end.upperBound)
        }
        if let style = html.range(of: "<style>.console-bar"), let end = html[style.upperBound...].range(of: "</style>") {
            html.removeSubrange(style.lowerBound..<end.upperBound)
        }
        return html
    }

    /// The `href`s of the page's report links.
    static func links(_ html: String) -> [String] {
        html.components(separatedBy: "class=\"report-link\"").dropFirst().compactMap { part in
            guard let start = part.range(of: "href=\"")?.upperBound else { return nil }
            return String(part[start...].prefix { $0 != "\"" })
        }
    }

    /// Checks that the policy allows exactly the page's style elements by hash, and no script.
    static func checkPolicy(_ response: TestResponse, _ html: String) {
        let policy = response.headers[.contentSecurityPolicy] ?? ""
        #expect(policy.hasPrefix("default-src 'none'; style-src 'sha256-") && !policy.contains("nonce") && !policy.contains("unsafe"))
        #expect(!policy.contains("script-src") && policy.contains("frame-ancestors 'none'") && policy.contains("form-action 'none'"))
        let styles = html.components(separatedBy: "<style>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(!styles.isEmpty)
        for style in styles {
            let hash = "'sha256-" + Data(SHA256.hash(data: Data(style.utf8))).base64EncodedString() + "'"
            #expect(policy.contains(hash))
        }
        #expect(!html.contains("<script") && response.headers[.cacheControl] == "no-store")
    }

    @Test("the index has the rows `otbor report all` writes, links to the console's report pages, and each link opens")
    func index() async throws {
        let (fixture, anna) = try await Self.campaign()
        let out = try TemporaryFolder("otbor-reports")
        let printed = try OtborProcess.run(["report", "all", "--out", out.url.path, "--database", fixture.folder.file("console.sqlite").path,
                                            "--workspace", OtborProcess.repository.path])
        #expect(printed.status == 0, "\(printed.stderr)")
        let written = try String(contentsOf: out.file("index.html"), encoding: .utf8)
        try await fixture.test { client in
            let observer = try await client.signIn("observer")
            let response = try await client.execute(uri: "/reports", method: .get, headers: observer.headers)
            let html = String(buffer: response.body)
            #expect(response.status == .ok && html.contains(" lang=\"ru\">"))
            Self.checkPolicy(response, html)
            #expect(Self.rows(html).count == 2 && Self.rows(html) == Self.rows(written))
            #expect(Self.rows(html).first?.contains("data-candidate=\"\(anna.rawValue)\" data-rank=\"1\"") == true)
            #expect(Self.links(written).contains("compare-ssm.html"))
            #expect(Self.links(html) == ["/reports/compare/ssm", "/reports/raters/ssm", "/reports/candidates/\(anna.rawValue)",
                                         "/reports/candidates/2"])
            for link in Self.links(html) {
                let page = try await client.execute(uri: link + "?lang=en", method: .get, headers: observer.headers)
                let text = String(buffer: page.body)
                #expect(page.status == .ok && text.contains(" lang=\"en\">"), "\(link)")
                Self.checkPolicy(page, text)
            }
            let comparison = try await client.execute(uri: "/reports/compare/ssm", method: .get, headers: observer.headers)
            #expect(Self.links(String(buffer: comparison.body)).contains("/reports/candidates/\(anna.rawValue)"))
        }
    }

    @Test("the candidate report is the document ReportAssembler and CandidateReport make, byte for byte, in the page's language")
    func candidate() async throws {
        let (fixture, anna) = try await Self.campaign()
        let served = try await fixture.test { client in
            let hr = try await client.signIn("hr")
            let response = try await client.execute(uri: "/reports/candidates/\(anna.rawValue)?lang=en", method: .get, headers: hr.headers)
            Self.checkPolicy(response, String(buffer: response.body))
            return String(buffer: response.body)
        }
        let campaign = Campaign(library: ConsoleFixture.library, store: fixture.store)
        let evidence = try #require(try await campaign.evidence(candidate: try fixture.store.candidate(anna.description), explicit: nil))
        let assembler = ReportAssembler(store: fixture.store, library: ConsoleFixture.library, now: fixture.clock.now(),
                                        timeZone: fixture.settings.timeZone)
        let expected = CandidateReport(try await assembler.candidate(evidence), language: .en).render()
        // The report as the file has it, with the console's bar added: its style last in the head, the bar first in the body.
        #expect(served.count > 2000 && Self.withoutBar(served) == expected)
        #expect(served.contains("<body class=\"candidate-report\"><nav class=\"console-bar\" aria-label=\"Main navigation\">"), "\(served.prefix(3000))")
        #expect(served.contains("<a href=\"/reports\">Reports</a>") && !served.contains("<form"))
        #expect(served.contains("<a href=\"/logout\" class=\"sign-out\">Sign out</a>"))
    }

    @Test("the navigation links the reports for those who may read them")
    func navigation() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            for (login, shown) in [("admin", true), ("hr", true), ("observer", true), ("assessor", false)] {
                let browser = try await client.signIn(login)
                let page = String(buffer: try await client.execute(uri: "/?lang=en", method: .get, headers: browser.headers).body)
                #expect(page.contains("<a href=\"/reports\">Reports</a>") == shown, "\(login)")
            }
        }
    }
}
