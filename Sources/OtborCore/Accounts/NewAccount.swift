import Foundation

/// An account about to be added, before the store records when.
public struct NewAccount: Sendable, Hashable {
    public var login: LoginName
    public var displayName: String
    public var role: Role

    public init(login: LoginName, displayName: String, role: Role) {
        self.login = login
        self.displayName = displayName
        self.role = role
    }

    /// Why an account cannot be added, as data; `description` is the English wording.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        case noDisplayName
        case displayNameNotOneLine

        public var description: String {
            switch self {
            case .noDisplayName: "an account needs a display name"
            case .displayNameNotOneLine: "the display name must be on one line"
            }
        }
    }

    /// Why the account cannot be added, or `nil`: a display name is required, on one line.
    public var problem: Problem? {
        let name = displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { return .noDisplayName }
        if name.contains(where: \.isNewline) { return .displayNameNotOneLine }
        return nil
    }
}
