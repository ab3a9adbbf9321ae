import Foundation

/// A Content-Security-Policy nonce: at least 128 random bits in base64, made afresh for every
/// response, written on the inline `<style>` it allows and named in the policy header as
/// `'nonce-VALUE'` (``source``).
public struct CSPNonce: Sendable, Hashable, CustomStringConvertible {
    /// The base64 text.
    public let value: String

    /// `value` when it is at least 22 characters of base64 or base64url (`A–Z a–z 0–9 + / - _`,
    /// up to two `=` at the end), the CSP grammar of a nonce of 128 bits or more; otherwise `nil`.
    public init?(_ value: String) {
        let body = value.utf8.reversed().drop(while: { $0 == UInt8(ascii: "=") })
        guard value.utf8.count >= 22, value.utf8.count - body.count <= 2, body.allSatisfy(Self.isBase64) else { return nil }
        self.value = value
    }

    /// A new nonce of 128 bits from the system's cryptographic random source.
    public static func random() -> CSPNonce {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return CSPNonce(Data(bytes).base64EncodedString())!
    }

    /// The nonce as a CSP source expression: `'nonce-VALUE'`.
    public var source: String { "'nonce-" + value + "'" }

    public var description: String { value }

    private static func isBase64(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }
}
