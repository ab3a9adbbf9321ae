import ArgumentParser
import OtborCore
import OtborStore

extension UsersCommand {
    /// `otbor users list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the accounts with their role and whether they are disabled.",
            discussion: "With --format json: an array of {login, name, role, disabled, createdAt}.")

        @OptionGroup var output: FormatOptions
        @OptionGroup var options: AccountOptions

        private struct AccountJSON: Encodable {
            var login: String
            var name: String
            var role: String
            var disabled: Bool
            var createdAt: String
        }

        func run() async throws {
            let words = options.words
            let accounts = options.database.exists(workspace: options.workspace) ? try await options.openForReading().accounts() : []
            switch output.format {
            case .json:
                try Printer.printJSON(accounts.map {
                    AccountJSON(login: $0.login.rawValue, name: $0.displayName, role: $0.role.rawValue, disabled: $0.disabled,
                                createdAt: StoreTime.format($0.created))
                })
            case .text:
                guard !accounts.isEmpty else {
                    Printer.print(words(.noAccounts))
                    return
                }
                var table = TextTable(words, [.login, .name, .role, .status, .created])
                for account in accounts {
                    table.add([account.login.rawValue, words.person(account.displayName), account.role.rawValue,
                               words(account.disabled ? .accountIsDisabled : .accountActive), words.dates.day(account.created)])
                }
                Printer.print(table.render())
            }
        }
    }
}
