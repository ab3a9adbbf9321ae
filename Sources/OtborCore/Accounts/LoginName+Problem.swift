extension LoginName {
    /// Why a text is not a login, as data: each front end words it in its language;
    /// `description` is the English wording.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        /// Fewer than 2 or more than 64 characters; the text is cut to 70 characters.
        case length(String, count: Int)
        /// A character other than `a-z`, `0-9`, `.`, `_` and `-`.
        case characters(String)
        /// A first character that is not a letter or a digit.
        case firstCharacter(String)

        public var description: String {
            switch self {
            case .length(let text, let count):
                "a login has \(LoginName.lengths.lowerBound) to \(LoginName.lengths.upperBound) characters; '\(text)' has \(count)"
            case .characters(let text):
                "a login may hold only latin letters, digits, '.', '_' and '-'; '\(text)' has others"
            case .firstCharacter(let text):
                "a login begins with a letter or a digit; '\(text)' does not"
            }
        }
    }
}
