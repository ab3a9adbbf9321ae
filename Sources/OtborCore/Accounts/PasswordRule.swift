/// What a new password must be: at least 10 characters, and at most 72 bytes of UTF-8 (bcrypt
/// ignores what follows, so a longer one would be shortened without a word).
public enum PasswordRule {
    public static let minimumCharacters = 10
    public static let maximumBytes = 72

    /// Why a password cannot be set, as data; `description` is the English wording.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        case empty
        /// Fewer characters than ``PasswordRule/minimumCharacters``.
        case tooShort(characters: Int)
        /// More bytes of UTF-8 than ``PasswordRule/maximumBytes``.
        case tooLong

        public var description: String {
            switch self {
            case .empty: "the password is empty"
            case .tooShort(let characters): "the password has \(characters) characters; it needs at least \(minimumCharacters)"
            case .tooLong: "the password is longer than \(maximumBytes) bytes; choose a shorter one"
            }
        }
    }

    /// Why `password` cannot be set, or `nil` when it can.
    public static func problem(_ password: String) -> Problem? {
        if password.isEmpty { return .empty }
        if password.count < minimumCharacters { return .tooShort(characters: password.count) }
        if password.utf8.count > maximumBytes { return .tooLong }
        return nil
    }
}
