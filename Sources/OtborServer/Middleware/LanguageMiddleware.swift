import Hummingbird
import OtborCore

/// Chooses the language of pages and messages: `?lang=en` or `?lang=ru` (remembered in a
/// cookie), else the cookie, else Russian.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext
    static let cookie = "otbor_lang"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let asked = request.uri.queryParameters["lang"].flatMap { ContentLanguage(rawValue: String($0)) }
        let remembered = request.cookies[Self.cookie].flatMap { ContentLanguage(rawValue: $0.value) }
        context.language = asked ?? remembered ?? .ru
        var response = try await next(request, context)
        if let asked, asked != remembered {
            response.setCookie(Cookie(name: Self.cookie, value: asked.rawValue, maxAge: 365 * 86_400, path: "/", sameSite: .strict))
        }
        return response
    }
}
