import OtborCore
import OtborStore

/// Console accounts as `otbor users` and the console's admin pages change them: adding one (its
/// display name checked by ``NewAccount/problem``, its login not taken yet) and disabling one,
/// each audited with the actor given.
public struct AccountDesk: Sendable {
    public var store: any CampaignStore

    public init(store: any CampaignStore) {
        self.store = store
    }

    /// Adds `account` with an already hashed password. Refused with ``StoreError/invalid(_:)``
    /// saying what is wrong with the name, or ``StoreError/duplicateAccount(_:)``.
    public func add(_ account: NewAccount, passwordHash: String, actor: String) async throws -> Account {
        try await check(account)
        return try await store.addAccount(account, passwordHash: passwordHash, actor: actor)
    }

    /// Refuses `account` as ``add(_:passwordHash:actor:)`` would, before its password is hashed.
    public func check(_ account: NewAccount) async throws {
        if let problem = account.problem { throw StoreError.invalid(problem.description) }
        if try await store.account(account.login) != nil { throw StoreError.duplicateAccount(account.login) }
    }

    /// Disables the account of `login`: it can no longer sign in, its sessions and tokens stop working.
    public func disable(_ login: LoginName, actor: String) async throws {
        try await store.disableAccount(login, actor: actor)
    }

    /// Every account, in the store's order.
    public func accounts() async throws -> [Account] {
        try await store.accounts()
    }
}
