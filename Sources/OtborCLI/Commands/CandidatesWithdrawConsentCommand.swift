import ArgumentParser
import OtborCore
import OtborStore

extension CandidatesCommand {
    /// `otbor candidates withdraw-consent ID`.
    struct WithdrawConsent: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw-consent",
            abstract: "Record that a candidate withdrew consent; sets the retention deadline.",
            discussion: """
                From the day consent is withdrawn the data must be destroyed within 30 days (152-FZ art. 21), \
                or earlier when a decision already started the 30 days. Prints the deadline; \
                `otbor retention --apply` erases the candidate once it has passed, and \
                `otbor candidates erase` does so at once. --on defaults to today and may not lie in the future \
                or before the consent date.
                """)

        @Argument(help: ArgumentHelp("The candidate: id or full name.", valueName: "candidate"))
        var candidate: String

        @Option(name: .long, help: ArgumentHelp("The day consent was withdrawn (default today).", valueName: "yyyy-mm-dd"))
        var on: String?

        @Option(name: .long, help: "Output format: text or json.")
        var format: OutputOptions.Format = .text

        @OptionGroup var actor: ActorOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var database: StoreOptions

        func validate() throws {
            _ = try CandidateInput.pastDate(on, option: "--on")
        }

        func run() throws {
            let day = try CandidateInput.pastDate(on, option: "--on")
            let store = try database.open(workspace: workspace)
            let person = try store.candidate(candidate)
            if let withdrawn = person.consentWithdrawn {
                throw StoreError.invalid("candidate \(person.id!) already withdrew consent on \(withdrawn); "
                    + "the data must be destroyed by \(person.retentionDeadline ?? "—")")
            }
            if let given = CalendarDate(person.consentDate), day < given {
                throw ValidationError("--on \(day) lies before the consent was given (\(given)); give a day on or after it")
            }
            try store.withdrawConsent(candidate: person.id!, on: day, actor: actor.actor)
            let updated = try store.candidate(String(person.id!))
            switch format {
            case .json:
                try Printer.printJSON(CandidateJSON(candidate: updated, today: CandidateInput.today()))
            case .text:
                Printer.print("candidate \(updated.id!) withdrew consent on \(day); the data must be destroyed by "
                    + "\(updated.retentionDeadline ?? "—") (`otbor retention` lists it, `--apply` erases it)")
            }
        }
    }
}
