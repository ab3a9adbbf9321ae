import Foundation
import OtborStore

/// What a console session keeps between requests: who signed in and when, and the session's
/// anti-forgery (CSRF) token, which every form and script that changes something sends back.
public struct ConsoleSession: Codable, Sendable, Hashable {
    public var login: String
    public var csrfToken: String
    /// When the person signed in: a password set after that ends the session.
    public var signedIn: Date

    public init(login: String, csrfToken: String, signedIn: Date) {
        self.login = login
        self.csrfToken = csrfToken
        self.signedIn = signedIn
    }

    /// Whether the session is still good for `credentials`: the account is enabled and its
    /// password has not been changed since the sign-in (to the stored millisecond).
    func holds(for credentials: AccountCredentials) -> Bool {
        !credentials.account.disabled && signedIn.timeIntervalSince(credentials.passwordChanged) > -0.001
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
