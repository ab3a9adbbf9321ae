import Foundation

/// What a console session keeps between requests: who signed in and the session's
/// anti-forgery (CSRF) token, which every form and script that changes something sends back.
public struct ConsoleSession: Codable, Sendable, Hashable {
    public var login: String
    public var csrfToken: String

    public init(login: String, csrfToken: String) {
        self.login = login
        self.csrfToken = csrfToken
    }
}

extension ConsoleSession {
    /// A new anti-forgery token: 256 random bits in base64url.
    static func newCSRFToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
