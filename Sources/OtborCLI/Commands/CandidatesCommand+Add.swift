import ArgumentParser
import OtborCore
import OtborStore

extension CandidatesCommand {
    /// `otbor candidates add NAME`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a candidate and print the new id.",
            discussion: """
                Records the person's name, contacts, where the application came from and the day they \
                consented to the processing of their data (152-FZ; default today, never a future day). \
                --group is a group the candidate chose to state; it is used only for the adverse-impact \
                check (`otbor fairness`) and may be left out. Nothing is written when an option is wrong. \
                The audit log records the new id, never the name or contacts.

                A name that begins with a hyphen goes after `--`: `otbor candidates add -- "-Имя"`; the values \
                of --source, --group and --notes are taken as given even when they begin with one.

                Prints `candidate 3 added: NAME`; with --format json, the stored record.
                """)

        @Argument(help: ArgumentHelp("The candidate's full name, such as \"Анна Петрова\".", valueName: "name"))
        var name: String

        @Option(name: .long, help: ArgumentHelp("E-mail address.", valueName: "address"))
        var email: String?

        @Option(name: .long, help: ArgumentHelp("Phone number, such as +7 912 345-67-89.", valueName: "number"))
        var phone: String?

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Where the application came from (job board, referral …).", valueName: "source"))
        var source: String?

        @Option(name: .customLong("consent-date"), help: ArgumentHelp(
            "The day the candidate consented to the processing of their data (default today).", valueName: "yyyy-mm-dd"),
                transform: CalendarDate.parse(option: "--consent-date"))
        var consentDate: CalendarDate?

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
            "A group the candidate chose to state, for fairness checks only.", valueName: "group"))
        var group: String?

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Free notes about the candidate.", valueName: "text"))
        var notes: String?

        @OptionGroup var options: CampaignWriteOptions

        /// The candidate to store, or a usage error naming the first wrong option.
        func candidate() throws -> NewCandidate {
            guard let name = try CandidateInput.line(name, option: "NAME", kind: .name) else { throw ValidationError(options.wording(.optionEmpty, ["option": "NAME"])) }
            return NewCandidate(
                name: name, email: try CandidateInput.email(email), phone: try CandidateInput.phone(phone),
                source: try CandidateInput.line(source, option: "--source"),
                consentDate: try CandidateInput.pastDate(consentDate, option: "--consent-date"),
                fairnessGroup: try CandidateInput.line(group, option: "--group"),
                notes: try CandidateInput.text(notes, option: "--notes"))
        }

        func validate() throws {
            _ = try candidate()
        }

        func run() async throws {
            let store = try options.open(creating: true)
            let added = try await store.addCandidate(try candidate(), actor: options.actor)
            let words = options.wording
            switch options.format {
            case .json: try Printer.printJSON(CandidateJSON(candidate: added))
            case .text: Printer.print(words(.candidateAdded, ["id": added.id.description, "name": words.person(added.name)]))
            }
            let namesakes = try await store.candidates().filter {
                $0.id != added.id && $0.name.compare(added.name, options: .caseInsensitive) == .orderedSame
            }
            if !namesakes.isEmpty {
                let ids = namesakes.map(\.id.description).joined(separator: ", ")
                Printer.error(words(.noteLine, ["message": words(.namesake, ["ids": ids])]))
            }
        }
    }
}
