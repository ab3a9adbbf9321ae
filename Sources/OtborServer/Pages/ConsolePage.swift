import Hummingbird
import OtborHTML

/// A page of the console: OtborHTML's ``Page`` in the app-shell frame (the console's stylesheet,
/// the session's CSRF token, the navigation) around `content`, sent as UTF-8 HTML.
struct ConsolePage {
    var title: String
    var bodyClass: StaticString
    var content: any HTMLComponent
    /// Scripts of the page, same-origin files only.
    var scripts: [SameOriginPath] = []

    func response(status: HTTPResponse.Status = .ok, context: ConsoleContext) -> Response {
        let strings = ConsoleStrings(context.language)
        let token = context.identity == nil ? nil : context.sessions.session?.csrfToken
        let frame = AppShellFrame(
            styles: [.link(ConsoleStyle.path)], scripts: scripts, csrfToken: token,
            navigation: ConsoleNavigation(account: context.identity, csrfToken: token, strings: strings),
            navigationLabel: strings[.navigation])
        let page = Page(title: title, language: context.language.rawValue, bodyClass: bodyClass, frame: .appShell(frame))
        let html = page.render(capacity: 16 * 1024) { w in content.write(to: &w) }
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
