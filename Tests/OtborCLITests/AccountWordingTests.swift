import OtborCore
import Testing
@testable import OtborCLI

/// Core's account rules worded by the CLI: the exact Russian text, and an English text equal to
/// the problem's own `description`.
@Suite("Login, password and account problems in Russian and English")
struct AccountWordingTests {
    @Test("a refused login", arguments: [
        ("a", "в логине от 2 до 64 знаков, а в «a» их 1"),
        ("olga hr", "в логине допустимы только латинские буквы, цифры, «.», «_» и «-»; в «olga hr» есть другие знаки"),
        ("-olga", "логин начинается с буквы или цифры; «-olga» — нет"),
    ])
    func login(text: String, russian: String) throws {
        let problem = try #require(LoginName.problem(text))
        #expect(ErrorWording(ConsoleWording(language: .ru)).message(problem) == russian)
        #expect(ErrorWording(ConsoleWording(language: .en)).message(problem) == problem.description)
    }

    @Test("a refused password", arguments: [
        ("", "пароль пуст"),
        ("short", "в пароле 5 знаков, а нужно не меньше 10"),
        (String(repeating: "я", count: 37), "пароль длиннее 72 байт; выберите покороче"),
    ])
    func password(text: String, russian: String) throws {
        let problem = try #require(PasswordRule.problem(text))
        #expect(ErrorWording(ConsoleWording(language: .ru)).message(problem) == russian)
        #expect(ErrorWording(ConsoleWording(language: .en)).message(problem) == problem.description)
    }

    @Test("a refused account", arguments: [
        (" ", "у учётной записи должно быть отображаемое имя"),
        ("Ольга\nКим", "отображаемое имя должно быть в одну строку"),
    ])
    func account(name: String, russian: String) throws {
        let problem = try #require(NewAccount(login: LoginName("olga")!, displayName: name, role: .hr).problem)
        #expect(ErrorWording(ConsoleWording(language: .ru)).message(problem) == russian)
        #expect(ErrorWording(ConsoleWording(language: .en)).message(problem) == problem.description)
    }
}
