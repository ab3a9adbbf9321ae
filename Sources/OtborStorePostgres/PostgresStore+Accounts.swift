import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// Adds an account with its password hash; refused when the login is taken.
    @discardableResult
    public func addAccount(_ account: NewAccount, passwordHash: String, actor: String) async throws -> Account {
        if let problem = account.problem { throw StoreError.invalid(problem.description) }
        let (time, date) = stamp()
        let name = account.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await write { db in
            let inserted = try await db.run("""
                INSERT INTO account (login, displayName, role, passwordHash, createdAt, passwordChangedAt)
                VALUES (\(account.login.rawValue), \(name), \(account.role.rawValue), \(passwordHash), \(time), \(time))
                ON CONFLICT (login) DO NOTHING RETURNING 1
                """, logger)
            guard inserted == 1 else { throw StoreError.duplicateAccount(account.login) }
            try await audit(db, actor: actor, action: .accountAdd, subject: Self.subject(account.login), detail: account.role.rawValue)
            return Account(login: account.login, displayName: name, role: account.role, created: date)
        }
    }

    /// Every account, disabled ones too, by login.
    public func accounts() async throws -> [Account] {
        try await read { db in
            try await db.all("SELECT \(unescaped: PostgresRows.accountColumns) FROM account ORDER BY login COLLATE \"C\"", logger)
                .map { try PostgresRows.account($0).account }
        }
    }

    /// The account with `login` and its password hash.
    public func credentials(login: LoginName) async throws -> AccountCredentials? {
        try await read { db in try await credentials(db, login: login) }
    }

    func credentials(_ db: PostgresConnection, login: LoginName) async throws -> AccountCredentials? {
        try await db.all("SELECT \(unescaped: PostgresRows.accountColumns) FROM account WHERE login = \(login.rawValue)", logger)
            .first.map(PostgresRows.account)
    }

    /// Disables the account; its sessions and tokens stop working.
    public func disableAccount(_ login: LoginName, actor: String) async throws {
        try await write { db in
            guard try await db.run("UPDATE account SET disabled = 1 WHERE login = \(login.rawValue) RETURNING 1", logger) == 1 else {
                throw StoreError.unknownAccount(login)
            }
            try await audit(db, actor: actor, action: .accountDisable, subject: Self.subject(login))
        }
    }

    /// Replaces the account's password hash.
    public func setPasswordHash(_ hash: String, login: LoginName, actor: String) async throws {
        let time = now
        try await write { db in
            guard try await db.run("""
                UPDATE account SET passwordHash = \(hash), passwordChangedAt = \(time) WHERE login = \(login.rawValue) RETURNING 1
                """, logger) == 1 else { throw StoreError.unknownAccount(login) }
            try await audit(db, actor: actor, action: .accountPassword, subject: Self.subject(login))
        }
    }

    /// Records a sign-in, successful or not; a failure for a login without an account is
    /// recorded as `account:unknown`, without the text typed.
    public func recordSignIn(login: LoginName, succeeded: Bool) async throws {
        try await write { db in
            let known = try await credentials(db, login: login) != nil
            try await audit(db, actor: known ? login.rawValue : "unknown", action: succeeded ? .signIn : .signInFailed,
                            subject: known ? Self.subject(login) : "account:unknown")
        }
    }

    /// Records that the person signed out.
    public func recordSignOut(login: LoginName) async throws {
        try await write { db in try await audit(db, actor: login.rawValue, action: .signOut, subject: Self.subject(login)) }
    }

    /// Issues a new API token and returns it; only its SHA-256 is stored.
    public func issueToken(login: LoginName, actor: String) async throws -> String {
        let (token, hash) = APIToken.generate()
        let time = now
        try await write { db in
            guard let found = try await db.all("""
                SELECT \(unescaped: PostgresRows.accountColumns) FROM account WHERE login = \(login.rawValue) FOR SHARE
                """, logger).first.map(PostgresRows.account) else { throw StoreError.unknownAccount(login) }
            guard !found.account.disabled else { throw StoreError.accountDisabled(login) }
            try await db.run("INSERT INTO api_token (hash, login, createdAt) VALUES (\(hash), \(login.rawValue), \(time))", logger)
            try await audit(db, actor: actor, action: .accountToken, subject: Self.subject(login))
        }
        return token
    }

    /// The enabled account a token belongs to, by the token's SHA-256.
    public func account(tokenHash: String) async throws -> Account? {
        try await read { db in
            try await db.all("""
                SELECT \(unescaped: PostgresRows.accountColumns) FROM account
                WHERE account.disabled = 0 AND account.login = (SELECT login FROM api_token WHERE hash = \(tokenHash))
                """, logger).first.map { try PostgresRows.account($0).account }
        }
    }

    /// The audit subject of an account.
    static func subject(_ login: LoginName) -> String { "account:\(login)" }

    // MARK: Web sessions: infrastructure, not a change to the campaign, so no audit line.

    /// Keeps a session's data until `expires` (`nil`: the expiry it had).
    public func saveWebSession(key: String, data: Data, expires: Date?, creating: Bool) async throws {
        let until = expires.map(StoreTime.format)
        try await write { db in
            if creating {
                guard try await db.run("""
                    INSERT INTO web_session (key, data, expiresAt) VALUES (\(key), \(data), \(until)) ON CONFLICT (key) DO NOTHING RETURNING 1
                    """, logger) == 1 else { throw StoreError.duplicateWebSession }
                return
            }
            try await db.run("""
                INSERT INTO web_session (key, data, expiresAt) VALUES (\(key), \(data), \(until))
                ON CONFLICT (key) DO UPDATE SET data = excluded.data, expiresAt = coalesce(excluded.expiresAt, web_session.expiresAt)
                """, logger)
        }
    }

    /// The data of an unexpired session.
    public func webSession(key: String) async throws -> StoredWebSession? {
        let time = now
        return try await read { db in
            guard let row = try await db.all("""
                SELECT data, expiresAt FROM web_session WHERE key = \(key) AND (expiresAt IS NULL OR expiresAt > \(time))
                """, logger).first else { return nil }
            let (data, expires) = try row.decode((Data, String?).self)
            return StoredWebSession(data: data, expires: expires.flatMap(StoreTime.parse))
        }
    }

    public func removeWebSession(key: String) async throws {
        try await write { db in try await db.run("DELETE FROM web_session WHERE key = \(key)", logger) }
    }

    /// Removes the expired sessions; returns how many.
    public func removeExpiredWebSessions() async throws -> Int {
        let time = now
        return try await write { db in
            try await db.run("DELETE FROM web_session WHERE expiresAt IS NOT NULL AND expiresAt <= \(time) RETURNING 1", logger)
        }
    }
}
