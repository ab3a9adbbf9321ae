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
            let accounts = options.database.exists(workspace: options.workspace) ? try await options.open().accounts() : []
            switch output.format {
            case .json:
                try Printer.printJSON(accounts.map {
                    AccountJSON(login: $0.login.rawValue, name: $0.displayName, role: $0.role.rawValue, disabled: $0.disabled,
                                createdAt: StoreTime.format($0.created))
                })
            case .text:
                guard !accounts.isEmpty else {
                    Printer.print("No accounts yet; add one with `otbor users add LOGIN --name NAME --role admin`.")
                    return
                }
                var table = TextTable(["LOGIN", "NAME", "ROLE", "STATUS", "CREATED"])
                for account in accounts {
                    table.add([account.login.rawValue, account.displayName, account.role.rawValue,
                               account.disabled ? "disabled" : "active", CalendarDate(utc: account.created).description])
                }
                Printer.print(table.render())
            }
        }
    }
}
