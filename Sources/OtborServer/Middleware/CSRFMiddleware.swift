import Hummingbird

/// Refuses a state-changing request (POST, PUT, PATCH, DELETE) authenticated by the session
/// cookie unless it carries the session's synchronizer token: the `X-CSRF-Token` header (scripts)
/// or the `_csrf` field of a URL-encoded form. A bearer-token request needs none: a browser never
/// adds that header by itself. Before any session exists (the sign-in form), a browser's
/// `Sec-Fetch-Site: cross-site` on such a request is refused as well, so another site cannot
/// sign a visitor in to an account of its choosing.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext
    static let header = HTTPFields.Element.Name("X-CSRF-Token")!
    static let fetchSite = HTTPFields.Element.Name("Sec-Fetch-Site")!
    static let formLimit = 1024 * 1024

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard [.post, .put, .patch, .delete].contains(request.method), context.credential != .bearer else {
            return try await next(request, context)
        }
        if request.headers[Self.fetchSite] == "cross-site" { throw ConsoleError.csrfRejected }
        guard context.credential == .session, let expected = context.sessions.session?.csrfToken else {
            return try await next(request, context)
        }
        var request = request
        var given = request.headers[Self.header]
        if given == nil, request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            let body = try await request.collectBody(upTo: Self.formLimit)
            // Read as plain pairs: a form may repeat a name (checkboxes), which a decoder to a struct refuses.
            given = FormFields(String(buffer: body))["_csrf"]
        }
        guard let given, Self.same(given, expected) else { throw ConsoleError.csrfRejected }
        return try await next(request, context)
    }

    /// Compares in time that does not depend on where the texts differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
