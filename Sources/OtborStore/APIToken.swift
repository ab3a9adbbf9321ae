import Foundation

/// API tokens for scripts: `otb_` and 43 characters of base64url (256 random bits). Stores keep
/// only the SHA-256 of a token, in hexadecimal, so a copy of the database signs nobody in.
public enum APIToken {
    public static let prefix = "otb_"

    /// A new token and the hash to store.
    public static func generate() -> (token: String, hash: String) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let text = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let token = prefix + text
        return (token, hash(token))
    }

    /// The SHA-256 of `token` in lower-case hexadecimal.
    public static func hash(_ token: String) -> String {
        ContentHash.sha256(Data(token.utf8))
    }
}
