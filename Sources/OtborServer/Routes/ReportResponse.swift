import Crypto
import Foundation
import Hummingbird

/// A report page as the console serves it: the self-contained document `otbor report` writes,
/// under its own Content-Security-Policy. Its inline `<style>` elements carry no nonce, so the
/// policy allows exactly them by their SHA-256 (nothing else inline); it allows no scripts, no
/// forms, images only as `data:`, and no framing. ``SecurityHeadersMiddleware`` keeps this
/// policy instead of the console's. The console's ``ReportBar`` is added at the top.
struct ReportResponse {
    var html: String

    /// The report `document` with the console's bar for the caller of `context`.
    init(_ document: String, context: ConsoleContext) {
        html = ReportBar(account: context.identity, strings: ConsoleStrings(context.language)).inserted(into: document)
    }

    /// The policy for `html`: its style elements by hash, nothing else.
    var policy: String {
        let styles = Self.styleBodies(html).map { "'sha256-" + Data(SHA256.hash(data: Data($0.utf8))).base64EncodedString() + "'" }
        return [
            "default-src 'none'", "style-src " + (styles.isEmpty ? "'none'" : styles.joined(separator: " ")), "img-src data:",
            "form-action 'none'", "frame-ancestors 'none'", "base-uri 'none'",
        ].joined(separator: "; ")
    }

    var response: Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: policy],
                 body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The text of every `<style>` element of `html` as written (reports write the element without
    /// attributes, and their CSS never holds `<`).
    static func styleBodies(_ html: String) -> [Substring] {
        var bodies: [Substring] = []
        var rest = html[...]
        while let open = rest.range(of: "<style>"), let close = rest[open.upperBound...].range(of: "</style>") {
            bodies.append(rest[open.upperBound..<close.lowerBound])
            rest = rest[close.upperBound...]
        }
        return bodies
    }
}
