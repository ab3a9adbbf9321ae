import Hummingbird
import OtborHTML

/// The headers every response carries, errors included: a strict Content-Security-Policy with
/// this response's style nonce (a report page brings its own, ``ReportResponse``), `nosniff`,
/// `same-origin` referrers, and no caching of pages that may show personal data.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext
    static let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy")!

    /// The policy for a response whose inline styles carry `nonce`.
    static func policy(nonce: CSPNonce) -> String {
        [
            "default-src 'none'", "script-src 'self'", "style-src 'self' \(nonce.source)", "img-src 'self' data:",
            "font-src 'self'", "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'",
        ].joined(separator: "; ")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.nonce = .random()
        var response = try await next(request, context)
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.policy(nonce: context.nonce)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "same-origin"
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}
