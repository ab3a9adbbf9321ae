import ArgumentParser
import OtborCore
import OtborServices
import OtborStore

extension UsersCommand {
    /// `otbor users disable LOGIN`.
    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Disable an account: it can no longer sign in, and its sessions and API tokens stop working.",
            discussion: "The account stays in the list (and in the audit log) as disabled; its login cannot be given to anyone else.")

        @OptionGroup var account: LoginArgument

        @OptionGroup var options: AccountOptions

        func run() async throws {
            let login = try account.login()
            try await AccountDesk(store: try options.open()).disable(login, actor: options.actor)
            Printer.print(options.words(.accountDisabled, ["login": "\(login)"]))
        }
    }
}
