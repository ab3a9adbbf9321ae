import ArgumentParser
import OtborCore
import OtborServices
import OtborStore

extension UsersCommand {
    /// `otbor users add LOGIN --name NAME --role ROLE`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account.",
            discussion: """
                LOGIN is 2 to 64 latin letters, digits, '.', '_' or '-', kept in lower case. Creates the \
                database when it is missing, so the first admin can be added before anything else. \
                Prints `account LOGIN added (ROLE)`.
                """)

        @Argument(help: ArgumentHelp("The login, such as olga.hr.", valueName: "login"))
        var login: String

        @Option(name: .long, help: ArgumentHelp("The name colleagues see, such as \"Ольга Ким\".", valueName: "name"))
        var name: String

        @Option(name: .long, help: ArgumentHelp("admin, hr, assessor or observer.", valueName: "role"))
        var role: Role

        @OptionGroup var password: PasswordOptions
        @OptionGroup var options: AccountOptions

        func validate() throws {
            if let problem = NewAccount(login: try LoginName.parse(login), displayName: name, role: role).problem {
                throw ValidationError(ErrorWording(.commandLine).message(problem))
            }
        }

        func run() async throws {
            let account = NewAccount(login: try LoginName.parse(login), displayName: name, role: role)
            let store = try options.open(creating: true)
            let desk = AccountDesk(store: store)
            try await desk.check(account)
            let added = try await desk.add(account, passwordHash: try await password.newPasswordHash(for: account.login), actor: options.actor)
            Printer.print(options.words(.accountAdded, ["login": "\(added.login)", "role": added.role.rawValue]))
        }
    }
}
