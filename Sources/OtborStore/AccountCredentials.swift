import OtborCore

/// An account with the bcrypt hash of its password, for checking a sign-in.
public struct AccountCredentials: Sendable, Hashable {
    public var account: Account
    public var passwordHash: String

    public init(account: Account, passwordHash: String) {
        self.account = account
        self.passwordHash = passwordHash
    }
}
