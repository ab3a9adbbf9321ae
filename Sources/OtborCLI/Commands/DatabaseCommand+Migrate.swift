import ArgumentParser
import OtborStore

extension DatabaseCommand {
    /// `otbor db migrate [--dry-run]`.
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the pending schema migrations to the campaign database and name each one applied.",
            discussion: """
                Works on a file and on a PostgreSQL database alike; the migrations are named and only ever \
                added, so running it again changes nothing ("up to date"). With --dry-run it lists the pending \
                migrations and changes nothing. A missing file is refused, not created.
                """)

        @Flag(name: .long, help: "List the pending migrations without applying them.")
        var dryRun = false

        @OptionGroup var database: StoreOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            let words = language.wording
            let location = try database.path(workspace: workspace)
            let report = try await StoreOptions.migrate(at: location, dryRun: dryRun, wait: try database.lockWait())
            if dryRun {
                for name in report.pending { Printer.print(words(.migrationPending, ["name": name])) }
                let key: StoragePhrase = report.pending.isEmpty ? .migrationsCurrent : .migrationsPending
                Printer.print(words(key, ["path": location, "count": String(report.known.count), "pending": String(report.pending.count)]))
                return
            }
            for name in report.pending { Printer.print(words(.migrationApplied, ["name": name])) }
            let key: StoragePhrase = report.pending.isEmpty ? .migrationsCurrent : .migrationsApplied
            Printer.print(words(key, ["path": location, "count": String(report.known.count), "applied": String(report.pending.count)]))
        }
    }
}
