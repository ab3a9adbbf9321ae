import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import Testing

/// Every route for every caller, as a table: nobody, each role, a bad token.
struct RouteRoleTests {
    /// Who calls: nobody, a role (by its session for pages, its API token for /api), or a bad token.
    enum Caller: String, CaseIterable, Sendable {
        case nobody, admin, hr, assessor, observer, badToken
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var method: HTTPRequest.Method
        var uri: String
        /// The status for each caller.
        var expected: [Caller: HTTPResponse.Status]
        /// The JSON body sent.
        var body: String? = nil
        var testDescription: String { "\(method) \(uri)" }

        init(method: HTTPRequest.Method, uri: String, expected: [Caller: HTTPResponse.Status], body: String? = nil) {
            self.method = method
            self.uri = uri
            self.expected = expected
            self.body = body ?? (method == .post ? #"{"name": "Новый Кандидат"}"# : nil)
        }

        /// A page's row: nobody is sent to the sign-in form (303), a bad token 401.
        init(page method: HTTPRequest.Method, _ uri: String, admin: HTTPResponse.Status, hr: HTTPResponse.Status,
             assessor: HTTPResponse.Status, observer: HTTPResponse.Status, body: String? = nil) {
            self.init(method: method, uri: uri, expected: [.nobody: .seeOther, .admin: admin, .hr: hr, .assessor: assessor,
                                                           .observer: observer, .badToken: .unauthorized], body: body)
        }

        /// The row with the roles' statuses (nobody 401, a bad token 401).
        init(_ method: HTTPRequest.Method, _ uri: String, admin: HTTPResponse.Status, hr: HTTPResponse.Status, assessor: HTTPResponse.Status,
             observer: HTTPResponse.Status, body: String? = nil) {
            self.init(method: method, uri: uri, expected: [.nobody: .unauthorized, .admin: admin, .hr: hr, .assessor: assessor,
                                                           .observer: observer, .badToken: .unauthorized], body: body)
        }
    }

    static let created: [Caller: HTTPResponse.Status] = [.nobody: .unauthorized, .admin: .created, .hr: .created, .assessor: .forbidden,
                                                         .observer: .forbidden, .badToken: .unauthorized]
    static let start = #"{"candidate": 1, "profile": "ssm", "stage": "screen"}"#
    static let rate = #"{"rating": 4, "note": "спокойно"}"#

    static let table: [Row] = [
        Row(method: .get, uri: "/", expected: [.nobody: .seeOther, .admin: .ok, .hr: .ok, .assessor: .ok, .observer: .ok, .badToken: .unauthorized]),
        Row(method: .get, uri: "/login", expected: [.nobody: .ok, .admin: .seeOther, .hr: .seeOther, .assessor: .seeOther, .observer: .seeOther,
                                                    .badToken: .unauthorized]),
        Row(method: .get, uri: "/static/console.css", expected: [.nobody: .ok, .admin: .ok, .hr: .ok, .assessor: .ok, .observer: .ok,
                                                                 .badToken: .unauthorized]),
        Row(method: .get, uri: "/api/v1/candidates", expected: [.nobody: .unauthorized, .admin: .ok, .hr: .ok, .assessor: .ok, .observer: .ok,
                                                                .badToken: .unauthorized]),
        Row(method: .post, uri: "/api/v1/candidates", expected: created),
        Row(method: .get, uri: "/no-such-page", expected: [.nobody: .notFound, .admin: .notFound, .hr: .notFound, .assessor: .notFound,
                                                           .observer: .notFound, .badToken: .unauthorized]),
        Row(method: .get, uri: "/api/v1/no-such-thing", expected: [.nobody: .notFound, .admin: .notFound, .hr: .notFound, .assessor: .notFound,
                                                                   .observer: .notFound, .badToken: .unauthorized]),
        Row(method: .delete, uri: "/api/v1/candidates", expected: [.nobody: .notFound, .admin: .notFound, .hr: .notFound, .assessor: .notFound,
                                                                   .observer: .notFound, .badToken: .unauthorized]),
        // Session 1 is Ирина's (open, `screen`), session 2 the assessor's (open, `mixed`).
        Row(.post, "/api/v1/interviews", admin: .created, hr: .created, assessor: .created, observer: .forbidden, body: start),
        Row(.post, "/api/v1/interviews", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .forbidden,
            body: #"{"candidate": 99, "profile": "ssm", "stage": "screen"}"#),
        Row(.get, "/api/v1/interviews/2", admin: .ok, hr: .ok, assessor: .ok, observer: .forbidden),
        Row(.get, "/api/v1/interviews/1", admin: .ok, hr: .ok, assessor: .forbidden, observer: .forbidden),
        Row(.get, "/api/v1/interviews/99", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .forbidden),
        Row(.put, "/api/v1/interviews/2/answers/conflict", admin: .forbidden, hr: .forbidden, assessor: .ok, observer: .forbidden, body: rate),
        Row(.put, "/api/v1/interviews/2/answers/angry-client/tone", admin: .forbidden, hr: .forbidden, assessor: .ok, observer: .forbidden,
            body: rate),
        Row(.put, "/api/v1/interviews/2/answers/nope", admin: .forbidden, hr: .forbidden, assessor: .notFound, observer: .forbidden, body: rate),
        Row(.put, "/api/v1/interviews/99/answers/conflict", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .forbidden,
            body: rate),
        Row(.post, "/api/v1/interviews/2/submit", admin: .forbidden, hr: .forbidden, assessor: .ok, observer: .forbidden,
            body: #"{"allowUnanswered": true}"#),
        Row(.post, "/api/v1/interviews/99/submit", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .forbidden, body: ""),
        Row(.put, "/api/v1/interviews/2/red-flags/late", admin: .forbidden, hr: .forbidden, assessor: .ok, observer: .forbidden),
        Row(.put, "/api/v1/interviews/2/red-flags/nope", admin: .forbidden, hr: .forbidden, assessor: .unprocessableContent, observer: .forbidden),
        Row(.delete, "/api/v1/interviews/2/red-flags/late", admin: .forbidden, hr: .forbidden, assessor: .ok, observer: .forbidden),
        Row(.delete, "/api/v1/interviews/99/red-flags/late", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .forbidden),
        Row(.get, "/api/v1/candidates/1/scorecard", admin: .ok, hr: .ok, assessor: .forbidden, observer: .ok),
        Row(.get, "/api/v1/candidates/99/scorecard", admin: .notFound, hr: .notFound, assessor: .forbidden, observer: .notFound),
        Row(.post, "/api/v1/interviews/2/pause", admin: .forbidden, hr: .forbidden, assessor: .ok, observer: .forbidden,
            body: #"{"seconds": 30}"#),
        Row(.post, "/api/v1/interviews/99/pause", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .forbidden, body: ""),
        Row(.post, "/api/v1/group-sittings", admin: .unprocessableContent, hr: .unprocessableContent, assessor: .forbidden,
            observer: .forbidden, body: #"{"guide": "mixed", "profile": "ssm", "candidates": [1], "observers": {}}"#),
        Row(.get, "/api/v1/group-sittings/group-none/board", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .notFound),
        Row(.get, "/api/v1/candidates/99/washup?stage=mixed", admin: .notFound, hr: .notFound, assessor: .forbidden, observer: .forbidden),
        Row(.get, "/api/v1/candidates/1/washup", admin: .unprocessableContent, hr: .unprocessableContent, assessor: .forbidden,
            observer: .forbidden),
        Row(.post, "/api/v1/candidates/99/consensus", admin: .notFound, hr: .notFound, assessor: .forbidden, observer: .forbidden,
            body: #"{"stage": "mixed", "competency": "empathy", "value": 3, "rationale": "x"}"#),
        Row(.post, "/api/v1/group-sittings/group-none/timer", admin: .notFound, hr: .notFound, assessor: .forbidden, observer: .forbidden,
            body: ""),
        // Each caller who rates declares their own conflict with candidate 1.
        Row(.post, "/api/v1/conflicts", admin: .created, hr: .created, assessor: .created, observer: .forbidden, body: #"{"candidate": 1}"#),
        Row(.post, "/api/v1/conflicts", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .forbidden, body: #"{"candidate": 99}"#),
        Row(.post, "/api/v1/conflicts", admin: .unprocessableContent, hr: .unprocessableContent, assessor: .unprocessableContent,
            observer: .forbidden, body: #"{"candidate": "Анна"}"#),
        Row(.get, "/api/v1/group-sittings/group-none/events", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .notFound),
        // The interview pages: nobody is sent to the sign-in form.
        Row(page: .get, "/interviews/2", admin: .ok, hr: .ok, assessor: .ok, observer: .forbidden),
        Row(page: .get, "/interviews/1", admin: .ok, hr: .ok, assessor: .forbidden, observer: .forbidden),
        Row(page: .get, "/interviews/99", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .forbidden),
        Row(page: .get, "/interviews/x", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .forbidden),
        Row(page: .post, "/interviews", admin: .seeOther, hr: .seeOther, assessor: .seeOther, observer: .forbidden,
            body: "candidate=1&stage=ssm%2Fscreen"),
        Row(page: .post, "/interviews", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .forbidden,
            body: "candidate=99&stage=ssm%2Fscreen"),
        Row(page: .post, "/interviews/2/steps/conflict", admin: .forbidden, hr: .forbidden, assessor: .seeOther, observer: .forbidden,
            body: "rating=4&note=x"),
        Row(page: .post, "/interviews/2/steps/angry-client%23checklist", admin: .forbidden, hr: .forbidden, assessor: .seeOther,
            observer: .forbidden, body: "tick=apologises"),
        Row(page: .post, "/interviews/2/steps/nope", admin: .forbidden, hr: .forbidden, assessor: .notFound, observer: .forbidden,
            body: "rating=4"),
        Row(page: .post, "/interviews/2/steps/conflict", admin: .forbidden, hr: .forbidden, assessor: .unprocessableContent,
            observer: .forbidden, body: "note=no+rating"),
        Row(page: .post, "/interviews/2/red-flags", admin: .forbidden, hr: .forbidden, assessor: .seeOther, observer: .forbidden,
            body: "flag=late"),
        Row(page: .post, "/interviews/2/pause", admin: .forbidden, hr: .forbidden, assessor: .seeOther, observer: .forbidden, body: "seconds=30"),
        Row(page: .post, "/interviews/2/conflict", admin: .forbidden, hr: .forbidden, assessor: .seeOther, observer: .forbidden,
            body: "reason=knows"),
        Row(page: .post, "/interviews/2/conflict", admin: .forbidden, hr: .forbidden, assessor: .unprocessableContent, observer: .forbidden,
            body: "reason=enemy"),
        Row(page: .post, "/interviews/2/resume", admin: .forbidden, hr: .forbidden, assessor: .seeOther, observer: .forbidden, body: ""),
        Row(page: .post, "/interviews/2/submit", admin: .forbidden, hr: .forbidden, assessor: .ok, observer: .forbidden, body: ""),
        Row(page: .post, "/interviews/99/submit", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .forbidden, body: ""),
        // The reports, as `otbor report` renders them: for those who read reports.
        Row(page: .get, "/reports", admin: .ok, hr: .ok, assessor: .forbidden, observer: .ok),
        Row(page: .get, "/reports/candidates/1", admin: .ok, hr: .ok, assessor: .forbidden, observer: .ok),
        Row(page: .get, "/reports/candidates/99", admin: .notFound, hr: .notFound, assessor: .forbidden, observer: .notFound),
        Row(page: .get, "/reports/compare/ssm", admin: .ok, hr: .ok, assessor: .forbidden, observer: .ok),
        Row(page: .get, "/reports/raters/ssm", admin: .ok, hr: .ok, assessor: .forbidden, observer: .ok),
        Row(page: .get, "/reports/compare/nope", admin: .notFound, hr: .notFound, assessor: .forbidden, observer: .notFound),
        // The candidate page: for those who decide.
        Row(page: .get, "/candidates/1", admin: .ok, hr: .ok, assessor: .forbidden, observer: .forbidden),
        Row(page: .get, "/candidates/99", admin: .notFound, hr: .notFound, assessor: .forbidden, observer: .forbidden),
        Row(page: .post, "/candidates/1/decisions", admin: .seeOther, hr: .seeOther, assessor: .forbidden, observer: .forbidden,
            body: "profile=ssm&decision=hold&reason=x"),
        Row(page: .post, "/candidates/1/consensus", admin: .unprocessableContent, hr: .unprocessableContent, assessor: .forbidden,
            observer: .forbidden, body: "profile=ssm&stage=mixed&competency=empathy&value=3&rationale=x"),
        // The fixture's open `mixed` session of candidate 1 keeps its wash-up closed.
        Row(page: .get, "/candidates/1/washup?stage=mixed", admin: .conflict, hr: .conflict, assessor: .forbidden, observer: .forbidden),
        Row(page: .get, "/candidates/1/washup?stage=mixed&sitting=%3Cx%3E", admin: .conflict, hr: .conflict,
            assessor: .forbidden, observer: .forbidden),
        Row(page: .get, "/candidates/1/washup", admin: .unprocessableContent, hr: .unprocessableContent, assessor: .forbidden,
            observer: .forbidden),
        Row(page: .get, "/candidates/99/washup?stage=mixed", admin: .notFound, hr: .notFound, assessor: .forbidden, observer: .forbidden),
        Row(page: .post, "/group-sittings/group-none/timer", admin: .notFound, hr: .notFound, assessor: .forbidden, observer: .forbidden,
            body: ""),
        Row(page: .get, "/group-sittings/group-none", admin: .notFound, hr: .notFound, assessor: .notFound, observer: .notFound),
        // The chair's list of sittings and the setup form (the fixture's profile has no group exercise).
        Row(page: .get, "/group-sittings", admin: .ok, hr: .ok, assessor: .forbidden, observer: .forbidden),
        Row(page: .get, "/group-sittings/new", admin: .ok, hr: .ok, assessor: .forbidden, observer: .forbidden),
        Row(page: .get, "/group-sittings/new?stage=ssm/mixed", admin: .ok, hr: .ok, assessor: .forbidden, observer: .forbidden),
        Row(page: .post, "/group-sittings", admin: .unprocessableContent, hr: .unprocessableContent, assessor: .forbidden,
            observer: .forbidden, body: "stage=ssm/mixed&candidate=1&watch=assessor:1"),
        Row(method: .get, uri: "/static/board.js", expected: [.nobody: .ok, .admin: .ok, .hr: .ok, .assessor: .ok, .observer: .ok,
                                                              .badToken: .unauthorized]),
        // The question before signing out, for the report pages' bar (they may hold no form).
        Row(page: .get, "/logout", admin: .ok, hr: .ok, assessor: .ok, observer: .ok),
        // The administrators' pages.
        Row(page: .get, "/admin/users", admin: .ok, hr: .forbidden, assessor: .forbidden, observer: .forbidden),
        Row(page: .post, "/admin/users", admin: .seeOther, hr: .forbidden, assessor: .forbidden, observer: .forbidden,
            body: "login=new.one&name=N&role=observer&password=long-enough-1"),
        Row(page: .post, "/admin/users/nobody-here/disable", admin: .notFound, hr: .forbidden, assessor: .forbidden, observer: .forbidden,
            body: ""),
        Row(page: .get, "/admin/audit", admin: .ok, hr: .forbidden, assessor: .forbidden, observer: .forbidden),
        Row(page: .get, "/admin/audit?page=2", admin: .ok, hr: .forbidden, assessor: .forbidden, observer: .forbidden),
        Row(method: .get, uri: "/static/interview.js", expected: [.nobody: .ok, .admin: .ok, .hr: .ok, .assessor: .ok, .observer: .ok,
                                                                  .badToken: .unauthorized]),
        Row(method: .get, uri: "/api/v1/openapi.yaml", expected: [.nobody: .ok, .admin: .ok, .hr: .ok, .assessor: .ok, .observer: .ok,
                                                                  .badToken: .unauthorized]),
    ]

    @Test("each route answers each caller as the table says; API refusals are problem+json, page refusals HTML; the OpenAPI document lists each API status",
          arguments: table)
    func route(row: Row) async throws {
        let fixture = try await ConsoleFixture()
        let candidate = try fixture.candidate("Анна Петрова", decision: .advance)
        _ = try fixture.session(candidate, assessor: "assessor")
        let spec = try OpenAPISpec.load()
        // The statuses the document lists for this operation; nil when it is none of the document's.
        let listed = spec.template(of: row.uri).flatMap { template in
            spec.operations.contains("\(row.method) \(template)") ? spec.statuses(row.method.rawValue, template) : nil
        }
        try await fixture.test { client in
            for caller in Caller.allCases {
                let response = try await client.execute(uri: row.uri, method: row.method, headers: try await headers(caller, row, fixture, client),
                                                        body: row.body.map { ByteBuffer(string: $0) })
                #expect(response.status == row.expected[caller], "\(caller): \(String(buffer: response.body))")
                if let listed {
                    #expect(listed.contains(response.status.code), "\(caller): \(response.status) is not in the OpenAPI document")
                }
                let type = response.headers[.contentType] ?? ""
                if row.uri.hasPrefix("/api/") && response.status.code >= 400 {
                    #expect(type == "application/problem+json", "\(caller)")
                    let problem = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                    #expect(problem?["status"] as? Int == response.status.code && (problem?["detail"] as? String)?.isEmpty == false)
                } else if response.status.code >= 400 && caller != .badToken {
                    #expect(type == "text/html; charset=utf-8", "\(caller)")
                }
                if response.status == .unauthorized && row.uri.hasPrefix("/api/") {
                    #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                }
                if response.status == .seeOther && caller == .nobody {
                    #expect(response.headers[.location] == "/login")
                }
            }
        }
    }

    /// The credentials of `caller`: a bearer token for /api, a signed-in session (with its CSRF
    /// token, so only the role decides) for pages.
    func headers(_ caller: Caller, _ row: Row, _ fixture: ConsoleFixture, _ client: any TestClientProtocol) async throws -> HTTPFields {
        var headers: HTTPFields = [.contentType: "application/json"]
        switch caller {
        case .nobody:
            break
        case .badToken:
            headers[.authorization] = "Bearer otb_not-a-token"
        case .admin, .hr, .assessor, .observer:
            if row.uri.hasPrefix("/api/") {
                headers[.authorization] = "Bearer " + (try fixture.token(caller.rawValue))
            } else {
                let browser = try await client.signIn(caller.rawValue)
                headers[.cookie] = browser.cookie
                headers[HTTPFields.Element.Name("X-CSRF-Token")!] = browser.csrf
            }
        }
        return headers
    }
}
