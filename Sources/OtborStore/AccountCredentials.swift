import Foundation
import OtborCore

/// An account with the bcrypt hash of its password and when that password was set, for checking
/// a sign-in and ending the sessions that began before a new password.
public struct AccountCredentials: Sendable, Hashable {
    public var account: Account
    public var passwordHash: String
    /// When the password was set (the account was added, or `setPasswordHash` last ran).
    public var passwordChanged: Date

    public init(account: Account, passwordHash: String, passwordChanged: Date) {
        self.account = account
        self.passwordHash = passwordHash
        self.passwordChanged = passwordChanged
    }
}
