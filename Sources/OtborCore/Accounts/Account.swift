import Foundation

/// A person who signs in to the console or calls its API.
public struct Account: Sendable, Hashable, Identifiable {
    public var login: LoginName
    /// The name shown to colleagues and in the console.
    public var displayName: String
    public var role: Role
    /// A disabled account cannot sign in, and its sessions and API tokens stop working.
    public var disabled: Bool
    public var created: Date

    public var id: LoginName { login }

    public init(login: LoginName, displayName: String, role: Role, disabled: Bool = false, created: Date) {
        self.login = login
        self.displayName = displayName
        self.role = role
        self.disabled = disabled
        self.created = created
    }

    /// Whether the account may do `action` now: its role allows it and it is not disabled.
    public func may(_ action: ConsoleAction) -> Bool {
        !disabled && role.allows(action)
    }
}
