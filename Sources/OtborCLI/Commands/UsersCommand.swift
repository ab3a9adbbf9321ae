import ArgumentParser

/// `otbor users add | list | disable | password | token`: the accounts of the web console.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Add, list and disable the accounts of the web console; set passwords; issue API tokens.",
        discussion: """
            Accounts live in the campaign database (--database), next to the candidates. Roles: admin (accounts \
            and everything else), hr (candidates, decisions, consensus, reports, interviews), assessor (their own \
            interviews), observer (reports only). Passwords are read from standard input (--password-stdin) or \
            typed twice at the terminal, never given as an argument; at least 10 characters. Only a bcrypt hash \
            is stored. Every change is in the audit log with who made it (--by).
            """,
        subcommands: [Add.self, List.self, Disable.self, Password.self, Token.self])
}
