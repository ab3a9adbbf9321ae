import OtborCore
import ArgumentParser
import Foundation
import OtborStore

extension CandidatesCommand {
    /// `otbor candidates erase ID`, or `--finish` to complete the scrub of earlier erasures.
    struct Erase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase a candidate and all their data, leaving no trace in the database file.",
            discussion: """
                Deletes the candidate with their contacts and notes, applications, sessions, every answer \
                and evidence note, DISC answers and result, consensus ratings and decisions; their text is \
                overwritten in the database file and its WAL is emptied, so it is gone from the disk too. The \
                audit log keeps an anonymous line: who erased which id, when, and the reason. This cannot \
                be undone.

                The deletion never waits for readers, and no other writer waits behind it. Readers that \
                began before it (an export piped into a pager, say) may still hold pages with the erased \
                text: then the command names them, and the text is overwritten as soon as they finish, by \
                the next change to the database, or by `otbor candidates erase --finish`, which waits for \
                them up to --wait seconds.

                Reports written before (in Reports/out of the workspace) may still name the candidate: \
                the command lists them, and removes them with --remove-reports.

                In a terminal it asks for confirmation unless --yes is given; when standard input is not \
                a terminal (a script), --yes is required. The reason goes into the audit log: do not put \
                personal data in it.
                """)

        @Argument(help: CandidateArgument.help())
        var candidate: String?

        @Flag(name: .long, help: "Complete the scrub of earlier erasures: wait (up to --wait) for the readers that held it up.")
        var finish = false

        @Flag(name: .long, help: "Erase without asking for confirmation.")
        var yes = false

        @Flag(name: .long, help: "Also remove the reports in Reports/out of the workspace that name the candidate.")
        var removeReports = false

        @Option(name: .long, help: ArgumentHelp("Why, for the audit log (default: request).", valueName: "text"))
        var reason = "request"

        @OptionGroup var language: LanguageOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var database: StoreOptions

        func validate() throws {
            guard finish == (candidate == nil) else { throw ValidationError(language.wording(.eraseCandidateOrFinish)) }
            if finish { return }
            guard yes || isatty(STDIN_FILENO) != 0 else {
                throw ValidationError(language.wording(.eraseNeedsYes))
            }
            guard try CandidateInput.text(reason, option: "--reason") != nil else { throw ValidationError(language.wording(.optionEmpty, ["option": "--reason"])) }
        }

        func run() async throws {
            let store = try database.open(workspace: workspace)
            let words = language.wording
            guard let candidate else { return try await finishScrub(store, words: words) }
            let person = try await store.candidate(candidate)
            let id = person.id
            if !yes {
                let sessions = try await store.sessions(candidate: id).count
                Printer.error(words(.eraseQuestion, ["id": id.description, "name": words.person(person.name),
                                                     "sessions": words.count(sessions, .session)]))
                FileHandle.standardError.write(Data(words(.eraseConfirm).utf8))
                // "yes" is accepted whatever the language, as a script may type it.
                let typed = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
                guard let typed, typed == "yes" || typed == words(.yesWord) else {
                    Printer.error(words(.eraseCancelled))
                    throw ExitCode(ExitStatus.findings)
                }
            }
            let scrub = try await store.eraseCandidate(id, actor: actor.actor, reason: reason.trimmingCharacters(in: .whitespaces))
            Printer.print(words(.candidateErased, ["id": id.description, "location": store.location]))
            ErasureNotice.pending(scrub, location: store.location, words: words).map(Printer.error)
            reports(naming: person, words: words)
        }

        /// `--finish`: waits for the readers that hold erased text, then says it is gone, or names them (exit 1).
        private func finishScrub(_ store: any CampaignStore, words: ConsoleWording) async throws {
            var scrub = try await store.scrubErasures(waiting: false)
            if scrub != .done {
                Printer.error(words(.erasureWaiting, ["path": store.location, "limit": words.compact(try database.waitLimit())]))
                scrub = try await store.scrubErasures(waiting: true)
            }
            guard let pending = ErasureNotice.pending(scrub, location: store.location, words: words) else {
                return Printer.print(words(.erasureScrubbed, ["path": store.location]))
            }
            Printer.error(pending)
            throw ExitCode(ExitStatus.findings)
        }

        /// Lists the reports in the default folder that still name `person`, or removes them with `--remove-reports`.
        private func reports(naming person: Candidate, words: ConsoleWording) {
            guard let path = try? ReportFolder.defaultPath(workspace: workspace), FileManager.default.fileExists(atPath: path),
                  let folder = try? ReportFolder(path: path, words: words) else { return }
            let files = folder.reports(naming: person.name, id: person.id.description)
            guard !files.isEmpty else { return }
            if removeReports {
                for file in files where unlink(file) == 0 { Printer.error(words(.reportRemoved, ["path": file])) }
            } else {
                Printer.error(words(.reportsStillName, ["files": words.count(files.count, .file), "folder": path]))
                files.forEach { Printer.error("  " + $0) }
            }
        }
    }
}
