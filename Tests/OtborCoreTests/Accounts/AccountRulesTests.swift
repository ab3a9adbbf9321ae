import OtborCore
import Testing

/// Roles, login names and the password rule: the account rules every front end shares.
struct AccountRulesTests {
    /// The whole permission table: each role with exactly the actions it allows.
    static let table: [Role: Set<ConsoleAction>] = [
        .admin: Set(ConsoleAction.allCases),
        .hr: [.listCandidates, .readReports, .editCandidates, .recordDecisions, .recordConsensus, .conductInterviews, .runGroupSittings],
        .assessor: [.listCandidates, .conductInterviews],
        .observer: [.listCandidates, .readReports],
    ]

    @Test("each role allows exactly its actions", arguments: Role.allCases)
    func permissions(role: Role) {
        let allowed = Set(ConsoleAction.allCases.filter(role.allows))
        #expect(allowed == Self.table[role])
    }

    @Test("a disabled account may do nothing, whatever its role")
    func disabled() {
        let account = Account(login: LoginName("root")!, displayName: "Root", role: .admin, disabled: true, created: .init())
        #expect(ConsoleAction.allCases.allSatisfy { !account.may($0) })
    }

    @Test("logins are lower-cased and checked", arguments: [
        ("Olga.HR", "olga.hr"), ("i_van-2", "i_van-2"), ("ab", "ab"), ("9lives", "9lives"),
    ])
    func validLogins(text: String, expected: String) {
        #expect(LoginName(text)?.rawValue == expected)
        #expect(LoginName.problem(text) == nil)
    }

    @Test("bad logins are refused with a reason", arguments: [
        ("a", "2 to 64 characters"), (String(repeating: "x", count: 65), "2 to 64 characters"), ("", "2 to 64 characters"),
        ("ольга", "only latin letters"), ("olga hr", "only latin letters"), ("o<b>", "only latin letters"),
        ("-olga", "begins with a letter or a digit"), (".x", "begins with a letter or a digit"),
    ])
    func badLogins(text: String, reason: String) throws {
        #expect(LoginName(text) == nil)
        let problem = try #require(LoginName.problem(text))
        #expect(problem.description.contains(reason), "\(problem)")
    }

    @Test("passwords: empty, shorter than 10 characters and over 72 bytes are refused")
    func passwords() {
        #expect(PasswordRule.problem("") == .empty)
        #expect(PasswordRule.problem("")?.description == "the password is empty")
        #expect(PasswordRule.problem("123456789") == .tooShort(characters: 9))
        #expect(PasswordRule.problem("123456789")?.description == "the password has 9 characters; it needs at least 10")
        #expect(PasswordRule.problem("пароль-из-10") == nil)
        #expect(PasswordRule.problem("0123456789") == nil)
        #expect(PasswordRule.problem(String(repeating: "я", count: 37)) == .tooLong)
        #expect(PasswordRule.problem(String(repeating: "я", count: 37))?.description.contains("72 bytes") == true)
    }
}
