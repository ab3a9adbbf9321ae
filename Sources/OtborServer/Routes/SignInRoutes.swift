import Foundation
import Hummingbird
import OtborCore
import OtborStore

/// `GET /login` (the form), `POST /login` (checks the password, starts a session, 303 to `/`)
/// `GET /logout` (the question, for pages without forms) and `POST /logout`. Failed attempts are counted per login (``SignInThrottle``); an unknown
/// login is checked against a decoy hash, so the answer takes as long as for a known one.
struct SignInRoutes {
    let store: any CampaignStore
    let settings: ConsoleSettings
    let throttle: SignInThrottle
    /// A bcrypt hash at the server's cost that no password typed will match in practice.
    let decoy: String

    private struct Fields: Decodable {
        var login: String?
        var password: String?
    }

    func add(to router: Router<ConsoleContext>) {
        router.get("login") { _, context in self.form(context: context) }
        router.post("login") { request, context in try await self.signIn(request, context: context) }
        router.get("logout") { _, context in self.signOutQuestion(context: context) }
        router.post("logout") { _, context in try await self.signOut(context: context) }
    }

    private func form(context: ConsoleContext) -> Response {
        if context.identity != nil { return Self.redirect("/") }
        return page(context: context, login: "", message: nil, status: .ok)
    }

    private func signIn(_ request: Request, context: ConsoleContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 64 * 1024)
        let fields = (try? URLEncodedFormDecoder().decode(Fields.self, from: String(buffer: body))) ?? Fields()
        let typed = (fields.login ?? "").trimmingCharacters(in: .whitespaces)
        let key = typed.lowercased()
        let strings = ConsoleStrings(context.language)
        if let seconds = await throttle.retryAfter(key) {
            var response = page(context: context, login: typed, message: strings[.tooManyAttempts], status: .tooManyRequests)
            response.headers[.retryAfter] = String(seconds)
            return response
        }
        let login = LoginName(typed)
        var usable: AccountCredentials?
        if let login, let found = try await store.credentials(login: login), !found.account.disabled { usable = found }
        let matches = try await settings.passwords.verify(fields.password ?? "", hash: usable?.passwordHash ?? decoy)
        guard matches, let account = usable?.account else {
            await throttle.recordFailure(key)
            if let login { try await store.recordSignIn(login: login, succeeded: false) }
            return page(context: context, login: typed, message: strings[.wrongCredentials], status: .unauthorized)
        }
        await throttle.reset(key)
        try await store.recordSignIn(login: account.login, succeeded: true)
        context.sessions.createSession(ConsoleSession(login: account.login.rawValue, csrfToken: ConsoleSession.newCSRFToken(),
                                                      signedIn: settings.clock()),
                                       expiresIn: settings.sessionLifetime)
        return Self.redirect("/")
    }

    private func signOutQuestion(context: ConsoleContext) -> Response {
        guard context.identity != nil, context.credential == .session else { return Self.redirect("/login") }
        let strings = ConsoleStrings(context.language)
        return ConsolePage(title: strings[.signOutTitle], bodyClass: "sign-out-page",
                           content: SignOutPage(strings: strings, csrfToken: context.sessions.session?.csrfToken)).response(context: context)
    }

    private func signOut(context: ConsoleContext) async throws -> Response {
        if let account = context.identity, context.credential == .session {
            try await store.recordSignOut(login: account.login)
        }
        context.sessions.clearSession()
        return Self.redirect("/login")
    }

    private func page(context: ConsoleContext, login: String, message: String?, status: HTTPResponse.Status) -> Response {
        let strings = ConsoleStrings(context.language)
        let form = SignInPage(strings: strings, login: login, message: message,
                              csrfToken: context.identity == nil ? nil : context.sessions.session?.csrfToken)
        return ConsolePage(title: strings[.signInTitle], bodyClass: "sign-in-page", content: form).response(status: status, context: context)
    }

    /// 303 See Other to `path`: after a form post, the browser fetches `path` with GET.
    static func redirect(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}
