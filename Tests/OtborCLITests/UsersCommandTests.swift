import Foundation
import HummingbirdBcrypt
import OtborCore
import OtborStore
import OtborStoreSQLite
import OtborTestSupport
import Testing

/// `otbor users add | list | disable | password | token`, run as a process (bcrypt at cost 4).
struct UsersCommandTests {
    static let cost = ["--bcrypt-cost", "4"]

    @Test("add stores a bcrypt hash of the password from standard input, with the role and name; the audit names who added it")
    func add() throws {
        let fixture = try PeopleFixture()
        let added = try fixture.run(["users", "add", "Olga.HR", "--name", "Ольга Ким", "--role", "hr", "--password-stdin", "--by", "root"]
                                    + Self.cost, input: "верный-пароль-1\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "account olga.hr added (hr)\n")
        let stored = try #require(try fixture.store.credentials(login: LoginName("olga.hr")!))
        #expect(stored.account.displayName == "Ольга Ким" && stored.account.role == .hr && !stored.account.disabled)
        #expect(stored.passwordHash.hasPrefix("$2b$04$"))
        #expect(Bcrypt.verify("верный-пароль-1", hash: stored.passwordHash))
        #expect(!Bcrypt.verify("верный-пароль-2", hash: stored.passwordHash))
        #expect(try !fixture.fileContains("верный-пароль-1"))
        let audit = try fixture.store.auditLog()
        #expect(audit.map(\.action) == [.accountAdd] && audit[0].actor == "root" && audit[0].subject == "account:olga.hr")
    }

    @Test("without --by the audit names the operating-system user: $USER, else $LOGNAME, else the user id's login name; never unknown",
          arguments: [("olga", "", "olga"), ("", "ivan", "ivan"), ("", "", "")])
    func actorWithoutBy(user: String, logname: String, expected: String) throws {
        let folder = try TemporaryFolder("otbor-users")
        let path = folder.file("actor.sqlite").path
        let added = try OtborProcess.run(["users", "add", "vera", "--name", "Вера", "--role", "hr", "--password-stdin", "--database", path]
                                         + Self.cost, in: folder.url, input: "0123456789\n", environment: ["USER": user, "LOGNAME": logname])
        #expect(added.status == 0, "\(added.stderr)")
        let audit = try SQLiteStore(path: path).auditLog()
        let system = getpwuid(geteuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "cli"
        #expect(audit.map(\.actor) == [expected.isEmpty ? system : expected])
        #expect(audit.allSatisfy { $0.actor != "unknown" && !$0.actor.isEmpty })
    }

    @Test("add on a missing database creates it, so the first admin comes first")
    func addCreates() throws {
        let folder = try TemporaryFolder("otbor-users")
        let path = folder.file("fresh.sqlite").path
        let added = try OtborProcess.run(["users", "add", "root", "--name", "Админ", "--role", "admin", "--password-stdin",
                                          "--database", path] + Self.cost, in: folder.url, input: "0123456789\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("bad input is refused with a clear message and nothing is stored", arguments: [
        (["ab c"], "0123456789\n", "only latin letters"),
        (["x"], "0123456789\n", "2 to 64 characters"),
        (["olga"], "\n", "the password is empty"),
        (["olga"], "", "standard input is empty"),
        (["olga"], "short\n", "the password has 5 characters; it needs at least 10"),
    ])
    func refused(arguments: [String], input: String, message: String) throws {
        let fixture = try PeopleFixture()
        let result = try fixture.run(["users", "add"] + arguments + ["--name", "Ольга", "--role", "hr", "--password-stdin"] + Self.cost,
                                     input: input)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try fixture.store.accounts().isEmpty)
    }

    @Test("without --password-stdin and without a terminal, add asks for one of them")
    func needsTerminal() throws {
        let fixture = try PeopleFixture()
        let result = try fixture.run(["users", "add", "olga", "--name", "Ольга", "--role", "hr"] + Self.cost)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--password-stdin"), "\(result.stderr)")
    }

    @Test("a taken login is refused, and an unknown role")
    func duplicateAndRole() throws {
        let fixture = try PeopleFixture()
        #expect(try fixture.run(["users", "add", "olga", "--name", "Ольга", "--role", "hr", "--password-stdin"] + Self.cost,
                                input: "0123456789\n").status == 0)
        let again = try fixture.run(["users", "add", "OLGA", "--name", "Другая", "--role", "admin", "--password-stdin"] + Self.cost,
                                    input: "0123456789\n")
        #expect(again.status == 1 && again.stderr.contains("there is already an account 'olga'"), "\(again.stderr)")
        let role = try fixture.run(["users", "add", "boss", "--name", "Б", "--role", "owner", "--password-stdin"] + Self.cost,
                                   input: "0123456789\n")
        #expect(role.status == 2 && role.stderr.contains("owner"), "\(role.stderr)")
        #expect(try fixture.store.accounts().map(\.login.rawValue) == ["olga"])
    }

    @Test("list shows the accounts as a table and as JSON; disable marks one disabled")
    func listAndDisable() throws {
        let fixture = try PeopleFixture()
        for (login, role) in [("olga", "hr"), ("ivan", "assessor")] {
            #expect(try fixture.run(["users", "add", login, "--name", "Имя \(login)", "--role", role, "--password-stdin"] + Self.cost,
                                    input: "0123456789\n").status == 0)
        }
        let disabled = try fixture.run(["users", "disable", "ivan", "--by", "olga"])
        #expect(disabled.status == 0 && disabled.stdout == "account ivan disabled\n")
        let table = try fixture.run(["users", "list"])
        #expect(table.status == 0)
        let rows = table.stdout.split(separator: "\n").filter { !$0.hasPrefix("─") }
        #expect(rows.count == 3 && rows[0].hasPrefix("Login"))
        #expect(rows[1].contains("ivan") && rows[1].contains("Имя ivan") && rows[1].contains("assessor") && rows[1].contains("disabled"))
        #expect(rows[2].contains("olga") && rows[2].contains("hr") && rows[2].contains("active"))
        let json = try #require(try fixture.run(["users", "list", "--format", "json"]).json() as? [[String: Any]])
        #expect(json.map { $0["login"] as? String } == ["ivan", "olga"])
        #expect(json.map { $0["disabled"] as? Bool } == [true, false])
        #expect(json.map { $0["role"] as? String } == ["assessor", "hr"])
        #expect(json.allSatisfy { $0["passwordHash"] == nil && ($0["createdAt"] as? String)?.hasSuffix("Z") == true })
        let unknown = try fixture.run(["users", "disable", "ghost"])
        #expect(unknown.status == 1 && unknown.stderr.contains("no account 'ghost'"), "\(unknown.stderr)")
    }

    @Test("password replaces the hash under the same input rules")
    func password() throws {
        let fixture = try PeopleFixture()
        #expect(try fixture.run(["users", "add", "olga", "--name", "Ольга", "--role", "hr", "--password-stdin"] + Self.cost,
                                input: "старый-пароль\n").status == 0)
        let short = try fixture.run(["users", "password", "olga", "--password-stdin"] + Self.cost, input: "123\n")
        #expect(short.status == 2 && short.stderr.contains("at least 10"))
        let changed = try fixture.run(["users", "password", "olga", "--password-stdin"] + Self.cost, input: "новый-пароль-42\n")
        #expect(changed.status == 0 && changed.stdout == "password of olga changed\n", "\(changed.stderr)")
        let hash = try #require(try fixture.store.credentials(login: LoginName("olga")!)?.passwordHash)
        #expect(Bcrypt.verify("новый-пароль-42", hash: hash) && !Bcrypt.verify("старый-пароль", hash: hash))
        #expect(try fixture.run(["users", "password", "ghost", "--password-stdin"] + Self.cost, input: "0123456789\n").status == 1)
    }

    @Test("token prints a new token once on standard output; the store finds the account by it")
    func token() throws {
        let fixture = try PeopleFixture()
        #expect(try fixture.run(["users", "add", "bot", "--name", "Интеграция", "--role", "hr", "--password-stdin"] + Self.cost,
                                input: "0123456789\n").status == 0)
        let issued = try fixture.run(["users", "token", "bot"])
        #expect(issued.status == 0, "\(issued.stderr)")
        let token = issued.stdout.trimmingCharacters(in: .newlines)
        #expect(token.hasPrefix("otb_") && !token.contains("\n") && issued.stderr.contains("shown once"))
        #expect(try fixture.store.account(tokenHash: APIToken.hash(token))?.login.rawValue == "bot")
        #expect(try !fixture.fileContains(token))
    }
}
