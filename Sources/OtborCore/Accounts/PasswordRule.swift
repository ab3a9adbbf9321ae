/// What a new password must be: at least 10 characters, and at most 72 bytes of UTF-8 (bcrypt
/// ignores what follows, so a longer one would be shortened without a word).
public enum PasswordRule {
    public static let minimumCharacters = 10
    public static let maximumBytes = 72

    /// Why `password` cannot be set, or `nil` when it can.
    public static func problem(_ password: String) -> String? {
        if password.isEmpty { return "the password is empty" }
        if password.count < minimumCharacters {
            return "the password has \(password.count) characters; it needs at least \(minimumCharacters)"
        }
        if password.utf8.count > maximumBytes {
            return "the password is longer than \(maximumBytes) bytes; choose a shorter one"
        }
        return nil
    }
}
