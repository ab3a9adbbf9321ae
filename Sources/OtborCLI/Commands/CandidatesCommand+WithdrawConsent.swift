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

        @Argument(help: CandidateArgument.help())
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
            let words = options.wording
            if let withdrawn = person.consentWithdrawn {
                Printer.error(words(.errorLine, ["message": words(.alreadyWithdrew, [
                    "id": person.id.description, "date": words.day(withdrawn), "deadline": person.retentionDeadline.map(words.day) ?? "—"])]))
                throw ExitCode(ExitStatus.findings)
            }
            if day < person.consentDate {
                throw ValidationError(words(.withdrawalBeforeConsent, ["date": words.day(day), "given": words.day(person.consentDate)]))
            }
            try await store.withdrawConsent(candidate: person.id, on: day, actor: options.actor)
            let updated = try await store.candidate(person.id.description)
            switch options.format {
            case .json:
                try Printer.printJSON(CandidateJSON(candidate: updated, today: CandidateInput.today()))
            case .text:
                Printer.print(words(.consentWithdrawnNow, ["id": updated.id.description, "date": words.day(day),
                                                           "deadline": updated.retentionDeadline.map(words.day) ?? "—"]))
            }
        }
    }
}
