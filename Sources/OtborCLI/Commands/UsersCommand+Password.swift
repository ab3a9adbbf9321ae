import ArgumentParser
import OtborCore
import OtborStore

extension UsersCommand {
    /// `otbor users password LOGIN`.
    struct Password: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a new password for an account.",
            discussion: "Read like `users add` reads it: --password-stdin, or typed twice at the terminal; at least 10 characters.")

        @OptionGroup var account: LoginArgument

        @OptionGroup var password: PasswordOptions
        @OptionGroup var options: AccountOptions

        func run() async throws {
            let login = try account.login()
            let store = try options.open()
            guard try await store.account(login) != nil else { throw StoreError.unknownAccount(login) }
            try await store.setPasswordHash(try await password.newPasswordHash(for: login), login: login, actor: options.actor)
            Printer.print(options.words(.passwordChanged, ["login": "\(login)"]))
        }
    }
}
