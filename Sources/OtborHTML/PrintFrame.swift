/// The frame of a printable, self-contained document such as an A4 report: one inline
/// stylesheet (print rules such as `@page { size: A4 }` are part of it), no scripts, no links,
/// and a `<footer class="page-footer">` closing the body. With a running header, a second
/// `<style>` element sets it as the content of the printed pages' top-left margin box.
///
/// ```
/// <head>… <style>stylesheet</style><style>@page { @top-left { content: "header"; } }</style></head>
/// <body class="…">content<footer class="page-footer">footer</footer></body>
/// ```
public struct PrintFrame: Sendable {
    /// The inline CSS. It must not contain `<`, `>` or `&`, so that it reads the same as HTML raw
    /// text and as XML.
    public var stylesheet: StaticString
    /// What the footer says; `nil` writes no footer.
    public var footer: (any HTMLComponent)?
    /// The line at the top of every printed page (a person's name may be in it: it is written as
    /// an escaped CSS string); `nil` leaves the margin box to the stylesheet.
    public var runningHeader: String?

    /// A print frame with `stylesheet` inline, `footer` at the end of the body and
    /// `runningHeader` at the top of every printed page.
    public init(stylesheet: StaticString, footer: (any HTMLComponent)? = nil, runningHeader: String? = nil) {
        self.stylesheet = stylesheet
        self.footer = footer
        self.runningHeader = runningHeader
    }

    func writeHead(to w: inout HTMLWriter) {
        w.element("style") { w in w.trusted(stylesheet) }
        if let runningHeader {
            w.element("style") { w in
                w.generatedCSS("@page { @top-left { content: " + CSSString.quoted(runningHeader) + "; } }")
            }
        }
    }

    func writeBody(to w: inout HTMLWriter, _ content: (inout HTMLWriter) -> Void) {
        content(&w)
        if let footer {
            w.element("footer", ["class": "page-footer"]) { w in footer.write(to: &w) }
        }
    }
}
