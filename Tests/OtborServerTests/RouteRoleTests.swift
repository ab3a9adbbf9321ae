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
        var testDescription: String { "\(method) \(uri)" }
    }

    static let created: [Caller: HTTPResponse.Status] = [.nobody: .unauthorized, .admin: .created, .hr: .created, .assessor: .forbidden,
                                                         .observer: .forbidden, .badToken: .unauthorized]

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
    ]

    @Test("each route answers each caller as the table says; API refusals are problem+json, page refusals HTML", arguments: table)
    func route(row: Row) async throws {
        let fixture = try await ConsoleFixture()
        try fixture.candidate("Анна Петрова", decision: .advance)
        try await fixture.test { client in
            for caller in Caller.allCases {
                let response = try await client.execute(uri: row.uri, method: row.method, headers: try await headers(caller, row, fixture, client),
                                                        body: row.method == .post ? ByteBuffer(string: #"{"name": "Новый Кандидат"}"#) : nil)
                #expect(response.status == row.expected[caller], "\(caller)")
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
