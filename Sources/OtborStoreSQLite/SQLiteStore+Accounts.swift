import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Adds an account with its password hash; refused when the login is taken.
    @discardableResult
    public func addAccount(_ account: NewAccount, passwordHash: String, actor: String) throws -> Account {
        if let problem = account.problem { throw StoreError.invalid(problem.description) }
        let (time, date) = stamp()
        let name = account.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        return try write { db in
            guard try AccountRows.one(db, login: account.login) == nil else { throw StoreError.duplicateAccount(account.login) }
            try db.execute(sql: """
                INSERT INTO account (login, displayName, role, passwordHash, createdAt, passwordChangedAt) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [account.login.rawValue, name, account.role.rawValue, passwordHash, time, time])
            try audit(db, actor: actor, action: .accountAdd, subject: Self.subject(account.login), detail: account.role.rawValue)
            return Account(login: account.login, displayName: name, role: account.role, created: date)
        }
    }

    /// Every account, disabled ones too, by login.
    public func accounts() throws -> [Account] {
        try read { db in try AccountRows.fetch(db).map(\.account) }
    }

    /// The account with `login` and its password hash.
    public func credentials(login: LoginName) throws -> AccountCredentials? {
        try read { db in try AccountRows.one(db, login: login) }
    }

    /// Disables the account; its sessions and tokens stop working.
    public func disableAccount(_ login: LoginName, actor: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE account SET disabled = 1 WHERE login = ?", arguments: [login.rawValue])
            guard db.changesCount == 1 else { throw StoreError.unknownAccount(login) }
            try audit(db, actor: actor, action: .accountDisable, subject: Self.subject(login))
        }
    }

    /// Replaces the account's password hash.
    public func setPasswordHash(_ hash: String, login: LoginName, actor: String) throws {
        let time = now
        try write { db in
            try db.execute(sql: "UPDATE account SET passwordHash = ?, passwordChangedAt = ? WHERE login = ?",
                           arguments: [hash, time, login.rawValue])
            guard db.changesCount == 1 else { throw StoreError.unknownAccount(login) }
            try audit(db, actor: actor, action: .accountPassword, subject: Self.subject(login))
        }
    }

    /// Records a sign-in, successful or not; a failure for a login without an account is
    /// recorded as `account:unknown`, without the text typed.
    public func recordSignIn(login: LoginName, succeeded: Bool) throws {
        try write { db in
            let known = try AccountRows.one(db, login: login) != nil
            let subject = known ? Self.subject(login) : "account:unknown"
            try audit(db, actor: known ? login.rawValue : "unknown", action: succeeded ? .signIn : .signInFailed, subject: subject)
        }
    }

    /// Records that the person signed out.
    public func recordSignOut(login: LoginName) throws {
        try write { db in try audit(db, actor: login.rawValue, action: .signOut, subject: Self.subject(login)) }
    }

    /// Issues a new API token and returns it; only its SHA-256 is stored.
    public func issueToken(login: LoginName, actor: String) throws -> String {
        let (token, hash) = APIToken.generate()
        let time = now
        try write { db in
            guard let found = try AccountRows.one(db, login: login) else { throw StoreError.unknownAccount(login) }
            guard !found.account.disabled else { throw StoreError.accountDisabled(login) }
            try db.execute(sql: "INSERT INTO api_token (hash, login, createdAt) VALUES (?, ?, ?)", arguments: [hash, login.rawValue, time])
            try audit(db, actor: actor, action: .accountToken, subject: Self.subject(login))
        }
        return token
    }

    /// The enabled account a token belongs to, by the token's SHA-256.
    public func account(tokenHash: String) throws -> Account? {
        try read { db in
            try AccountRows.fetch(db, where: "account.disabled = 0 AND account.login = (SELECT login FROM api_token WHERE hash = ?)",
                                  arguments: [tokenHash]).first?.account
        }
    }

    /// The audit subject of an account.
    static func subject(_ login: LoginName) -> String { "account:\(login)" }
}
