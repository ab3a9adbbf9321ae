import ArgumentParser
import OtborCore
import OtborStore

extension CandidatesCommand {
    /// `otbor candidates withdraw-consent ID`.
    struct WithdrawConsent: AsyncParsableCommand {
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

        @Option(name: .long, help: ArgumentHelp("The day consent was withdrawn (default today).", valueName: "yyyy-mm-dd"),
                transform: CalendarDate.parse(option: "--on"))
        var on: CalendarDate?

        @OptionGroup var options: CampaignWriteOptions

        func validate() throws {
            _ = try CandidateInput.pastDate(on, option: "--on")
        }

        func run() async throws {
            let day = on ?? CandidateInput.today()
            let store = try options.open()
            let person = try await store.candidate(candidate)
            if let withdrawn = person.consentWithdrawn {
                throw StoreError.invalid("candidate \(person.id) already withdrew consent on \(withdrawn); "
                    + "the data must be destroyed by \(person.retentionDeadline?.description ?? "—")")
            }
            if day < person.consentDate {
                let given = person.consentDate
                throw ValidationError("--on \(day) lies before the consent was given (\(given)); give a day on or after it")
            }
            try await store.withdrawConsent(candidate: person.id, on: day, actor: options.actor)
            let updated = try await store.candidate(person.id.description)
            switch options.format {
            case .json:
                try Printer.printJSON(CandidateJSON(candidate: updated, today: CandidateInput.today()))
            case .text:
                Printer.print("candidate \(updated.id) withdrew consent on \(day); the data must be destroyed by "
                    + "\(updated.retentionDeadline?.description ?? "—") (`otbor retention` lists it, `--apply` erases it)")
            }
        }
    }
}
