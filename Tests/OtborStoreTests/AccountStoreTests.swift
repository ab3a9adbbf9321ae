import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// Accounts, API tokens and console sessions, held to the same contract by every engine.
struct AccountStoreTests {
    static let olga = LoginName("olga.hr")!
    static let ivan = LoginName("ivan")!

    /// A store with Olga (hr) and Ivan (assessor).
    func staffed(_ engine: StoreEngine, clock: @escaping @Sendable () -> Date = { Date() }) async throws -> TemporaryDatabase {
        let temp = try TemporaryDatabase(engine, clock: clock)
        try await temp.store.addAccount(NewAccount(login: Self.olga, displayName: "Ольга Ким", role: .hr), passwordHash: "$2b$04$olga", actor: "admin")
        try await temp.store.addAccount(NewAccount(login: Self.ivan, displayName: " Иван Петров ", role: .assessor), passwordHash: "$2b$04$ivan",
                                        actor: "admin")
        return temp
    }

    @Test("an added account is listed by login with its name, role and time; its hash is kept; the audit records who added it",
          arguments: StoreEngine.all)
    func addAndList(engine: StoreEngine) async throws {
        let moment = Date(timeIntervalSince1970: 1_790_000_000.25)
        let temp = try await staffed(engine, clock: { moment })
        let accounts = try await temp.store.accounts()
        #expect(accounts.map(\.login) == [Self.ivan, Self.olga])
        #expect(accounts.map(\.displayName) == ["Иван Петров", "Ольга Ким"])
        #expect(accounts.map(\.role) == [.assessor, .hr])
        #expect(accounts.map(\.disabled) == [false, false])
        #expect(accounts.map(\.created) == [moment, moment])
        let olga = try #require(try await temp.store.credentials(login: Self.olga))
        #expect(olga.passwordHash == "$2b$04$olga" && olga.account.role == .hr)
        #expect(try await temp.store.account(LoginName("nobody")!) == nil)
        let audit = try await temp.store.auditLog()
        #expect(audit.map(\.action) == [.accountAdd, .accountAdd])
        #expect(audit.map(\.subject) == ["account:olga.hr", "account:ivan"])
        #expect(audit.map(\.actor) == ["admin", "admin"] && audit.map(\.detail) == ["hr", "assessor"])
    }

    @Test("a taken login is refused, in any case, and nothing is written", arguments: StoreEngine.all)
    func duplicate(engine: StoreEngine) async throws {
        let temp = try await staffed(engine)
        await #expect(throws: StoreError.duplicateAccount(Self.olga)) {
            try await temp.store.addAccount(NewAccount(login: LoginName("OLGA.HR")!, displayName: "Другая", role: .admin),
                                            passwordHash: "x", actor: "admin")
        }
        await #expect(throws: StoreError.invalid("an account needs a display name")) {
            try await temp.store.addAccount(NewAccount(login: LoginName("anna")!, displayName: "  ", role: .admin), passwordHash: "x", actor: "a")
        }
        #expect(try await temp.store.accounts().count == 2)
        #expect(try await temp.store.account(Self.olga)?.displayName == "Ольга Ким")
        #expect(try await temp.store.auditLog().count == 2)
    }

    @Test("disabling keeps the account listed as disabled, refuses an unknown login, and is audited", arguments: StoreEngine.all)
    func disable(engine: StoreEngine) async throws {
        let temp = try await staffed(engine)
        try await temp.store.disableAccount(Self.ivan, actor: "olga.hr")
        #expect(try await temp.store.accounts().map(\.disabled) == [true, false])
        #expect(try await temp.store.account(Self.ivan)?.may(.conductInterviews) == false)
        await #expect(throws: StoreError.unknownAccount(LoginName("ghost")!)) {
            try await temp.store.disableAccount(LoginName("ghost")!, actor: "olga.hr")
        }
        let last = try #require(try await temp.store.auditLog().last)
        #expect(last.action == .accountDisable && last.subject == "account:ivan" && last.actor == "olga.hr")
    }

    @Test("a new password hash replaces the old one with the time it was set, and is audited; an unknown login is refused",
          arguments: StoreEngine.all)
    func password(engine: StoreEngine) async throws {
        let clock = ManualClock()
        let temp = try await staffed(engine, clock: clock.now)
        let added = clock.now()
        #expect(try await temp.store.credentials(login: Self.olga)?.passwordChanged == added)
        clock.advance(by: 90.5)
        try await temp.store.setPasswordHash("$2b$04$new", login: Self.olga, actor: "olga.hr")
        let changed = try #require(try await temp.store.credentials(login: Self.olga))
        #expect(changed.passwordHash == "$2b$04$new" && changed.passwordChanged == added.addingTimeInterval(90.5))
        #expect(try await temp.store.credentials(login: Self.ivan)?.passwordChanged == added)
        #expect(try await temp.store.credentials(login: Self.ivan)?.passwordHash == "$2b$04$ivan")
        await #expect(throws: StoreError.unknownAccount(LoginName("ghost")!)) {
            try await temp.store.setPasswordHash("h", login: LoginName("ghost")!, actor: "a")
        }
        let last = try #require(try await temp.store.auditLog().last)
        #expect(last.action == .accountPassword && last.subject == "account:olga.hr")
        #expect(!last.detail.contains("new"))
    }

    @Test("sign-ins and sign-outs are audited; a failure for an unknown login does not keep the text typed", arguments: StoreEngine.all)
    func signIns(engine: StoreEngine) async throws {
        let temp = try await staffed(engine)
        try await temp.store.recordSignIn(login: Self.olga, succeeded: false)
        try await temp.store.recordSignIn(login: Self.olga, succeeded: true)
        try await temp.store.recordSignOut(login: Self.olga)
        try await temp.store.recordSignIn(login: LoginName("typo-secret")!, succeeded: false)
        let lines = try await temp.store.auditLog().dropFirst(2)
        #expect(lines.map(\.action) == [.signInFailed, .signIn, .signOut, .signInFailed])
        #expect(lines.map(\.subject) == ["account:olga.hr", "account:olga.hr", "account:olga.hr", "account:unknown"])
        #expect(lines.map(\.actor) == ["olga.hr", "olga.hr", "olga.hr", "unknown"])
        #expect(try temp.fileBytes().range(of: Data("typo-secret".utf8)) == nil)
    }

    @Test("a token is returned once, kept only as its SHA-256, finds its account, and stops working when the account is disabled",
          arguments: StoreEngine.all)
    func tokens(engine: StoreEngine) async throws {
        let temp = try await staffed(engine)
        let token = try await temp.store.issueToken(login: Self.ivan, actor: "olga.hr")
        let second = try await temp.store.issueToken(login: Self.ivan, actor: "olga.hr")
        #expect(token.hasPrefix("otb_") && token.count == 47 && token != second)
        #expect(try await temp.store.account(token: token)?.login == Self.ivan)
        #expect(try await temp.store.account(tokenHash: APIToken.hash(second))?.login == Self.ivan)
        #expect(try await temp.store.account(token: "otb_" + String(repeating: "A", count: 43)) == nil)
        #expect(try await temp.store.account(token: APIToken.hash(token)) == nil)
        let bytes = try temp.fileBytes()
        #expect(bytes.range(of: Data(token.utf8)) == nil)
        #expect(bytes.range(of: Data(APIToken.hash(token).utf8)) != nil)
        let audit = try await temp.store.auditLog().suffix(2)
        #expect(audit.map(\.action) == [.accountToken, .accountToken] && audit.allSatisfy { !$0.detail.contains("otb_") })

        try await temp.store.disableAccount(Self.ivan, actor: "olga.hr")
        #expect(try await temp.store.account(token: token) == nil)
        await #expect(throws: StoreError.self) { try await temp.store.issueToken(login: Self.ivan, actor: "olga.hr") }
        await #expect(throws: StoreError.unknownAccount(LoginName("ghost")!)) {
            try await temp.store.issueToken(login: LoginName("ghost")!, actor: "olga.hr")
        }
    }

    @Test("web sessions: created once, updated keeping their expiry, unseen after it, removed, and swept", arguments: StoreEngine.all)
    func webSessions(engine: StoreEngine) async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_790_000_000))
        let temp = try TemporaryDatabase(engine, clock: clock.now)
        let start = clock.now()
        try await temp.store.saveWebSession(key: "k1", data: Data("a".utf8), expires: start.addingTimeInterval(60), creating: true)
        try await temp.store.saveWebSession(key: "k2", data: Data("b".utf8), expires: nil, creating: true)
        await #expect(throws: StoreError.duplicateWebSession) {
            try await temp.store.saveWebSession(key: "k1", data: Data("c".utf8), expires: nil, creating: true)
        }
        try await temp.store.saveWebSession(key: "k1", data: Data("d".utf8), expires: nil, creating: false)
        #expect(try await temp.store.webSession(key: "k1") == StoredWebSession(data: Data("d".utf8), expires: start.addingTimeInterval(60)))
        #expect(try await temp.store.webSession(key: "k2") == StoredWebSession(data: Data("b".utf8), expires: nil))
        #expect(try await temp.store.webSession(key: "none") == nil)

        clock.advance(by: 61)
        #expect(try await temp.store.webSession(key: "k1") == nil)
        #expect(try await temp.store.removeExpiredWebSessions() == 1)
        #expect(try await temp.store.removeExpiredWebSessions() == 0)
        try await temp.store.removeWebSession(key: "k2")
        #expect(try await temp.store.webSession(key: "k2") == nil)
        #expect(try await temp.store.auditLog().isEmpty)
    }
}

