/// A URL path on the page's own origin, such as `/static/app.css` or `/candidates?page=2`, for
/// the `href` and `src` of app-shell resources, which a CSP of `'self'` allows.
///
/// It starts with exactly one `/` (so it is neither scheme-relative `//host` nor a scheme such as
/// `javascript:`), has no backslash (which browsers read as `/`) and uses only ASCII letters,
/// digits and `- . _ ~ / % ? = & + , : @ ! $ ;` — no quotes, spaces, controls or `#`.
public struct SameOriginPath: Sendable, Hashable, CustomStringConvertible {
    /// The path as given.
    public let path: String

    /// `path` when it is a same-origin path as described above, otherwise `nil`.
    public init?(_ path: String) {
        let bytes = Array(path.utf8)
        guard bytes.first == UInt8(ascii: "/"), bytes.count < 2 || bytes[1] != UInt8(ascii: "/") else { return nil }
        guard bytes.allSatisfy(Self.isAllowed) else { return nil }
        self.path = path
    }

    public var description: String { path }

    private static let punctuation = Set("-._~/%?=&+,:@!$;".utf8)

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: punctuation.contains(byte)
        }
    }
}
