import ArgumentParser

/// `otbor db migrate | copy`: the campaign database itself, on either engine.
struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Bring a campaign database's schema up to date, or copy a whole campaign between databases.",
        discussion: """
            A database is a file (SQLite) or a postgres://user@host:port/database URL (PostgreSQL; the password \
            comes from PGPASSWORD or ~/.pgpass). `migrate` applies the schema migrations this build has and the \
            database lacks, naming each (every other command also applies them when it opens the database; \
            this one says what it did). `copy` moves a whole campaign from one database to another, either \
            direction, in one transaction, and checks it table by table (console sign-ins, the web \
            sessions, are not copied: people sign in again). To move a team from the file to \
            PostgreSQL: createdb otbor; export OTBOR_DATABASE=postgres://otbor@db.example:5432/otbor; \
            otbor db copy --from otbor.sqlite --to $OTBOR_DATABASE; otbor db migrate; otbor serve.
            """,
        subcommands: [Migrate.self, Copy.self])
}
