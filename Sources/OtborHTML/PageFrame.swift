/// What a ``Page`` puts around its content.
public enum PageFrame: Sendable {
    /// A self-contained printable document (the reports): inline stylesheet, footer.
    case print(PrintFrame)
    /// A page of the web console: external or nonce-carrying styles, navigation, CSRF token.
    case appShell(AppShellFrame)

    /// The frame's part of `<head>`, after the title.
    func writeHead(to w: inout HTMLWriter) {
        switch self {
        case .print(let frame): frame.writeHead(to: &w)
        case .appShell(let frame): frame.writeHead(to: &w)
        }
    }

    /// The content of `<body>`: the frame's parts around what `content` writes.
    func writeBody(to w: inout HTMLWriter, _ content: (inout HTMLWriter) -> Void) {
        switch self {
        case .print(let frame): frame.writeBody(to: &w, content)
        case .appShell(let frame): frame.writeBody(to: &w, content)
        }
    }
}
