import ArgumentParser
import Foundation
import OtborStore

extension DatabaseCommand {
    /// `otbor db copy --from SRC --to DST`.
    struct Copy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy a whole campaign from one database to an empty one, file or PostgreSQL, and check the copy.",
            discussion: """
                Copies candidates, applications, the profile and guide snapshots, sessions with every answer, \
                red flags, DISC, consensus, decisions, console accounts and API tokens (their hashes), and the \
                audit log verbatim (the same ids, times and people), keeping every id. Console sign-ins (web \
                sessions) are not copied: they are short-lived, and people sign in again. \
                The destination must be empty (a new file, or a new PostgreSQL database made with createdb): \
                one that holds anything is refused, untouched. The copy is one transaction on the destination: \
                before it commits, every table is read back and its row count and content hash (SHA-256 of its \
                rows in a canonical text form, by primary key, the same on both engines) compared with the \
                source's; any difference or failure rolls it back, leaving the destination as it was, with exit \
                status 1. Progress goes to standard error, the table of checks to standard output.
                """)

        @Option(name: .long, help: ArgumentHelp("The database to copy from: a file or a postgres:// URL.", valueName: "file-or-url"))
        var from: String

        @Option(name: .long, help: ArgumentHelp(
            "The empty database to copy into: a file (created when missing) or a postgres:// URL.", valueName: "file-or-url"))
        var to: String

        @OptionGroup var language: LanguageOptions

        func run() async throws {
            let words = language.wording
            guard !StoreOptions.sameDatabase(from, to) else { throw ValidationError(words(.copySameDatabase, ["path": to])) }
            let dumps = try await StoreOptions.tables(at: from, reading: true).dumpTables()
            let destination = try StoreOptions.tables(at: to, reading: false)
            do {
                let loaded = try await destination.loadTables(dumps) { digest in
                    Printer.error(words(.copyProgress, ["table": digest.table, "rows": String(digest.rows)]))
                }
                Printer.print(Self.checks(source: dumps.map(\.digest), loaded: loaded, words: words))
                Printer.print(words(.copyChecked, ["from": from, "to": to]))
            } catch CopyError.notEmpty(_, let rows) {
                let held = rows.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                Printer.error(words(.errorLine, ["message": words(.copyNotEmpty, ["path": to, "rows": held])]))
                throw ExitCode(ExitStatus.findings)
            } catch CopyError.mismatch(let source, let loaded) {
                Printer.print(Self.checks(source: source, loaded: loaded, words: words))
                let differing = zip(source, loaded).filter { $0 != $1 }.map(\.0.table).joined(separator: ", ")
                Printer.error(words(.errorLine, ["message": words(.copyMismatch, ["from": from, "to": to, "tables": differing])]))
                throw ExitCode(ExitStatus.findings)
            }
        }

        /// The table of checks: each table's rows and hash prefix as read back, and whether they match the source.
        static func checks(source: [TableDigest], loaded: [TableDigest], words: ConsoleWording) -> String {
            var table = TextTable(words, [.table, .rows, .contentHash, .check])
            for (expected, found) in zip(source, loaded) {
                table.add([found.table, String(found.rows), String(found.hash.prefix(12)),
                           words(expected == found ? .copyTableOK : .copyTableDiffers)])
            }
            return table.render()
        }
    }
}
