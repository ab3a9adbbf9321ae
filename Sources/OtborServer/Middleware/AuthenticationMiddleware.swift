import Hummingbird
import OtborCore
import OtborStore

/// Finds who is calling: a bearer token (`Authorization: Bearer TOKEN`) or the session cookie,
/// of an enabled account (a session only while the password is the one it signed in with). A request with neither goes on anonymous; the route decides (401 or
/// a redirect). A wrong `Authorization` header is refused at once.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext
    let store: any CampaignStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer",
                  let account = try await store.account(token: parts[1].trimmingCharacters(in: .whitespaces)) else {
                throw ConsoleError.badToken
            }
            context.identity = account
            context.credential = .bearer
        } else if let session = context.sessions.session {
            if let login = LoginName(session.login), let found = try await store.credentials(login: login), session.holds(for: found) {
                context.identity = found.account
                context.credential = .session
            } else {
                context.sessions.clearSession()
            }
        }
        return try await next(request, context)
    }
}
