/// The frame of a web-console page, served by the server and safe under a strict
/// Content-Security-Policy (no `'unsafe-inline'`): styles are same-origin files or inline
/// blocks that carry the response's nonce, scripts are same-origin files only, and the writer
/// refuses event-handler and `style` attributes.
///
/// ```
/// <head>… <meta name="csrf-token" content="TOKEN"/>
///   <link rel="stylesheet" href="/static/app.css"/> <style nonce="N">…</style>
///   <script src="/static/app.js" defer="defer"></script></head>
/// <body class="…"><header class="app-header"><nav class="app-nav" aria-label="LABEL">navigation</nav></header>
///   <main id="main" class="app-main">content</main><footer class="app-footer">footer</footer></body>
/// ```
///
/// Per response the server makes a fresh ``CSPNonce`` (when it inlines a style), puts the
/// session's CSRF token in ``csrfToken`` and sends ``contentSecurityPolicy`` as the
/// `Content-Security-Policy` header.
public struct AppShellFrame: Sendable {
    /// A stylesheet of the page.
    public enum Style: Sendable {
        /// `<link rel="stylesheet" href="PATH"/>`, allowed by `style-src 'self'`.
        case link(SameOriginPath)
        /// `<style nonce="NONCE">css</style>`, allowed by `'nonce-NONCE'`. The CSS must not contain
        /// `<`, `>` or `&`.
        case inline(StaticString, nonce: CSPNonce)
    }

    /// Stylesheets, in order.
    public var styles: [Style]
    /// Scripts, each `<script src="PATH" defer="defer"></script>`; there are no inline scripts.
    public var scripts: [SameOriginPath]
    /// The anti-forgery token of the session, as `<meta name="csrf-token" content="…"/>`, for
    /// scripts that post; forms still carry it in a hidden field. `nil` writes no meta tag.
    public var csrfToken: String?
    /// The navigation, inside `<header class="app-header"><nav class="app-nav">`; `nil` writes
    /// no header.
    public var navigation: (any HTMLComponent)?
    /// The accessible name of the navigation (`aria-label`), in the page's language.
    public var navigationLabel: String
    /// What the page footer says; `nil` writes no footer.
    public var footer: (any HTMLComponent)?

    /// An app-shell frame; every part is optional.
    public init(
        styles: [Style] = [], scripts: [SameOriginPath] = [], csrfToken: String? = nil,
        navigation: (any HTMLComponent)? = nil, navigationLabel: String = "Navigation", footer: (any HTMLComponent)? = nil
    ) {
        self.styles = styles
        self.scripts = scripts
        self.csrfToken = csrfToken
        self.navigation = navigation
        self.navigationLabel = navigationLabel
        self.footer = footer
    }

    /// The `Content-Security-Policy` header value that the markup of this frame satisfies:
    /// nothing by default, scripts, styles, images and fonts from the page's own origin (styles
    /// also by this frame's nonces), forms posting only to the origin, no framing, no `<base>`.
    public var contentSecurityPolicy: String {
        var styleSources = ["'self'"]
        for case .inline(_, let nonce) in styles where !styleSources.contains(nonce.source) {
            styleSources.append(nonce.source)
        }
        return [
            "default-src 'none'", "script-src 'self'", "style-src " + styleSources.joined(separator: " "),
            "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "form-action 'self'",
            "frame-ancestors 'none'", "base-uri 'none'",
        ].joined(separator: "; ")
    }

    func writeHead(to w: inout HTMLWriter) {
        if let csrfToken {
            w.empty("meta", ["name": "csrf-token", "content": csrfToken])
        }
        for style in styles {
            switch style {
            case .link(let path):
                w.empty("link", ["rel": "stylesheet", "href": path.path])
            case .inline(let css, let nonce):
                w.element("style", ["nonce": nonce.value]) { w in w.trusted(css) }
            }
        }
        for script in scripts {
            w.element("script", ["src": script.path, "defer": "defer"]) { _ in }
        }
    }

    func writeBody(to w: inout HTMLWriter, _ content: (inout HTMLWriter) -> Void) {
        if let navigation {
            w.element("header", ["class": "app-header"]) { w in
                w.element("nav", ["class": "app-nav", "aria-label": navigationLabel]) { w in navigation.write(to: &w) }
            }
        }
        w.element("main", ["id": "main", "class": "app-main"], content)
        if let footer {
            w.element("footer", ["class": "app-footer"]) { w in footer.write(to: &w) }
        }
    }
}
