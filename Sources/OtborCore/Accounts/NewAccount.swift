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

    /// Why the account cannot be added, or `nil`: a display name is required, on one line.
    public var problem: String? {
        let name = displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { return "an account needs a display name" }
        if name.contains(where: \.isNewline) { return "the display name must be on one line" }
        return nil
    }
}
