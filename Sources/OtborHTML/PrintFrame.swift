/// The frame of a printable, self-contained document such as an A4 report: one inline
/// stylesheet (print rules such as `@page { size: A4 }` are part of it), no scripts, no links,
/// and a `<footer class="page-footer">` closing the body.
///
/// ```
/// <head>… <style>stylesheet</style></head>
/// <body class="…">content<footer class="page-footer">footer</footer></body>
/// ```
public struct PrintFrame: Sendable {
    /// The inline CSS. It must not contain `<`, `>` or `&`, so that it reads the same as HTML raw
    /// text and as XML.
    public var stylesheet: StaticString
    /// What the footer says; `nil` writes no footer.
    public var footer: (any HTMLComponent)?

    /// A print frame with `stylesheet` inline and `footer` at the end of the body.
    public init(stylesheet: StaticString, footer: (any HTMLComponent)? = nil) {
        self.stylesheet = stylesheet
        self.footer = footer
    }

    func writeHead(to w: inout HTMLWriter) {
        w.element("style") { w in w.trusted(stylesheet) }
    }

    func writeBody(to w: inout HTMLWriter, _ content: (inout HTMLWriter) -> Void) {
        content(&w)
        if let footer {
            w.element("footer", ["class": "page-footer"]) { w in footer.write(to: &w) }
        }
    }
}
