import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import OtborCore
import OtborServer
import OtborStore
import OtborStoreSQLite
import OtborTestSupport

/// A console over a temporary SQLite store with one account per role (login = the role's name,
/// password ``password``, bcrypt cost 4), a clock the test moves, and helpers to sign in. Its
/// workspace content: the profile `ssm` with the stages `screen` and `mixed` (``MixedGuide``: every
/// kind of step), and the guide `group`, which is no stage of it.
final class ConsoleFixture: @unchecked Sendable {
    static let password = "верный-пароль-1"
    static let screen = ScreenContent.guide([ScreenContent.question("q1", .behavioural, "Вопрос", competencies: ["empathy"])])
    static let profile = ScreenContent.profile(stages: ["screen", "mixed"])
    static let library = ContentLibrary(profiles: [profile], guides: [screen, MixedGuide.guide, MixedGuide.group])
    let folder: TemporaryFolder
    let clock = ManualClock()
    let store: SQLiteStore
    let settings: ConsoleSettings
    /// The workspace content the application serves (``library`` unless a test sets another).
    var content = ConsoleFixture.library

    init(secureCookies: Bool = false) async throws {
        folder = try TemporaryFolder("otbor-server")
        store = try SQLiteStore(path: folder.file("console.sqlite").path, clock: clock.now)
        settings = ConsoleSettings(port: 0, secureCookies: secureCookies, passwords: PasswordHasher(cost: 4), clock: clock.now)
        let hash = try await settings.passwords.hash(Self.password)
        for role in Role.allCases {
            try store.addAccount(NewAccount(login: LoginName(role.rawValue)!, displayName: "Сотрудник \(role.rawValue)", role: role),
                                 passwordHash: hash, actor: "setup")
        }
    }

    /// The console application over this fixture's store.
    func application() async throws -> some ApplicationProtocol {
        try await buildApplication(store: store, library: content, settings: settings,
                                   logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    /// Runs `test` against a fresh application, through the router (no sockets).
    func test<Value: Sendable>(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await application().test(.router, test)
    }

    /// A candidate with an application for `ssm` (Ирина's open session of `screen`) and, if given, a decision.
    @discardableResult
    func candidate(_ name: String, decision: Decision? = nil) throws -> CandidateID {
        let id = try store.addCandidate(NewCandidate(name: name, consentDate: CalendarDate("2026-01-10")!), actor: "setup").id
        _ = try store.startSession(candidate: id, profile: Self.profile, guide: Self.screen, assessor: "Ирина")
        if let decision { try store.recordDecision(candidate: id, profile: "ssm", decision: decision, reason: "по итогам", actor: "hr") }
        return id
    }

    /// An API token of `login`.
    func token(_ login: String) throws -> String {
        try store.issueToken(login: LoginName(login)!, actor: "setup")
    }

    /// A session of `guide` for the candidate run by `assessor` (a login, as the console records it).
    func session(_ candidate: CandidateID, guide: InterviewGuide = MixedGuide.guide, assessor: String) throws -> InterviewSession {
        try store.startSession(candidate: candidate, profile: Self.profile, guide: guide, assessor: assessor)
    }

    /// Adds another account with `role`.
    func account(_ login: String, role: Role) async throws {
        try store.addAccount(NewAccount(login: LoginName(login)!, displayName: login, role: role),
                             passwordHash: try await settings.passwords.hash(Self.password), actor: "setup")
    }
}

/// A signed-in browser: its session cookie and the CSRF token its pages carry.
struct Browser: Sendable {
    var cookie: String
    var csrf: String

    var headers: HTTPFields { [.cookie: cookie] }
}

extension TestClientProtocol {
    /// Posts a URL-encoded form.
    func post(_ uri: String, form: [(String, String)], headers: HTTPFields = [:]) async throws -> TestResponse {
        var all = headers
        all[.contentType] = "application/x-www-form-urlencoded"
        let body = form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await execute(uri: uri, method: .post, headers: all, body: ByteBuffer(string: body))
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    /// Signs in as `login` and opens `/` to read the CSRF token.
    func signIn(_ login: String, password: String = ConsoleFixture.password) async throws -> Browser {
        let response = try await post("/login", form: [("login", login), ("password", password)])
        guard response.status == .seeOther, let setCookie = response.headers[.setCookie] else {
            throw ConsoleTestError("sign-in as \(login) answered \(response.status)")
        }
        let cookie = String(setCookie.split(separator: ";")[0])
        let page = try await execute(uri: "/", method: .get, headers: [.cookie: cookie])
        return Browser(cookie: cookie, csrf: try Self.csrfToken(in: String(buffer: page.body)))
    }

    /// The content of `<meta name="csrf-token" content="…"/>`.
    static func csrfToken(in html: String) throws -> String {
        guard let start = html.range(of: "<meta name=\"csrf-token\" content=\"")?.upperBound,
              let end = html[start...].firstIndex(of: "\"") else { throw ConsoleTestError("no CSRF token in the page") }
        return String(html[start..<end])
    }
}

struct ConsoleTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
