import ArgumentParser
import OtborCore
import OtborStore

extension UsersCommand {
    /// `otbor users token LOGIN`.
    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue an API token for scripts and print it.",
            discussion: """
                The token is printed once, alone on standard output; only its SHA-256 is kept, so it cannot be \
                shown again. A script sends it as `Authorization: Bearer TOKEN`; it acts with the account's role \
                until the account is disabled.
                """)

        @OptionGroup var account: LoginArgument

        @OptionGroup var options: AccountOptions

        func run() async throws {
            let login = try account.login()
            let token = try await options.open().issueToken(login: login, actor: options.actor)
            Printer.print(token)
            Printer.error("note: this token is shown once; keep it where scripts read secrets")
        }
    }
}
