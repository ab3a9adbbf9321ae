/// The name a person signs in with: 2–64 characters of `a-z`, `0-9`, `.`, `_` and `-`, beginning
/// with a letter or a digit, compared in lower case. The one rule for logins, used by the CLI, the
/// console and every store.
public struct LoginName: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public static let lengths = 2...64

    /// The login in lower case.
    public let rawValue: String

    /// `text` in lower case when it is a valid login, else `nil`; ``problem(_:)`` says why.
    public init?(rawValue text: String) {
        let lowered = text.lowercased()
        guard Self.problem(lowered) == nil else { return nil }
        rawValue = lowered
    }

    public init?(_ text: String) {
        self.init(rawValue: text)
    }

    /// Why `text` is not a login, or `nil` when it is (after lower-casing).
    public static func problem(_ text: String) -> Problem? {
        let lowered = text.lowercased()
        guard lengths.contains(lowered.count) else { return .length(String(text.prefix(70)), count: text.count) }
        guard lowered.unicodeScalars.allSatisfy(isAllowed) else { return .characters(text) }
        guard let first = lowered.unicodeScalars.first, isLetterOrDigit(first) else { return .firstCharacter(text) }
        return nil
    }

    public var description: String { rawValue }

    public static func < (lhs: LoginName, rhs: LoginName) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let name = LoginName(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: Self.problem(text)?.description ?? text))
        }
        self = name
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        isLetterOrDigit(scalar) || scalar == "." || scalar == "_" || scalar == "-"
    }
}
