import OtborCore
import ArgumentParser
import Foundation
import OtborStore

extension CandidatesCommand {
    /// `otbor candidates erase ID`.
    struct Erase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase a candidate and all their data, leaving no trace in the database file.",
            discussion: """
                Deletes the candidate with their contacts and notes, applications, sessions, every answer \
                and evidence note, DISC answers and result, consensus ratings and decisions; then rewrites \
                the database file and empties its WAL, so the deleted text is gone from the disk too. The \
                audit log keeps an anonymous line: who erased which id, when, and the reason. This cannot \
                be undone.

                In a terminal it asks for confirmation unless --yes is given; when standard input is not \
                a terminal (a script), --yes is required. The reason goes into the audit log: do not put \
                personal data in it.
                """)

        @Argument(help: ArgumentHelp("The candidate: id or full name.", valueName: "candidate"))
        var candidate: String

        @Flag(name: .long, help: "Erase without asking for confirmation.")
        var yes = false

        @Option(name: .long, help: ArgumentHelp("Why, for the audit log (default: request).", valueName: "text"))
        var reason = "request"

        @OptionGroup var actor: ActorOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var database: StoreOptions

        func validate() throws {
            guard yes || isatty(STDIN_FILENO) != 0 else {
                throw ValidationError("standard input is not a terminal, so erasing needs --yes; nothing was erased")
            }
            guard try CandidateInput.text(reason, option: "--reason") != nil else { throw ValidationError("--reason is empty") }
        }

        func run() async throws {
            let store = try database.open(workspace: workspace)
            let person = try await store.candidate(candidate)
            let id = person.id
            if !yes {
                let sessions = try await store.sessions(candidate: id).count
                Printer.error("Erase candidate \(id) (\(person.name)) with \(sessions) session\(sessions == 1 ? "" : "s") "
                    + "and all their data? This cannot be undone.")
                FileHandle.standardError.write(Data("Type yes to erase: ".utf8))
                guard readLine()?.trimmingCharacters(in: .whitespaces).lowercased() == "yes" else {
                    Printer.error("cancelled; nothing was erased")
                    throw ExitCode(ExitStatus.findings)
                }
            }
            try await store.eraseCandidate(id, actor: actor.actor, reason: reason.trimmingCharacters(in: .whitespaces))
            Printer.print("candidate \(id) erased: contacts, notes, applications, sessions, answers, DISC and decisions "
                + "are gone from \(store.location); the audit log keeps an anonymous entry")
        }
    }
}
