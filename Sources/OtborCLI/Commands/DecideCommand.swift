import ArgumentParser
import OtborCore
import OtborServices
import OtborStore

/// `otbor decide`: a person's decision on an application, with the reason.
struct DecideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Record the decision on a candidate's application (advance, hold, reject, hire) with the reason.",
        discussion: """
            Scores are decision support; the decision is a person's and is recorded with who made it \
            (--by), when, and why. The first decision recorded on a candidate starts the 30 days after \
            which their data must be destroyed (152-FZ art. 21), unless a withdrawal of consent already \
            set an earlier deadline; the command prints the deadline. The candidate must have an \
            application for the profile (it is opened by their first interview). The decision and the \
            reason are kept with the candidate and erased with them; the audit log records the decision \
            only, never the reason.
            """)

    @Option(name: .long, help: CandidateArgument.help())
    var candidate: String

    @Option(name: .long, help: ArgumentHelp("The profile the application is for (may be left out when there is one).",
                                            valueName: "profile"))
    var profile: String?

    @Option(name: .long, help: "The decision: advance, hold, reject or hire.")
    var decision: Decision

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Why: the evidence the decision rests on.", valueName: "text"))
    var reason: String

    @OptionGroup var options: CampaignWriteOptions

    func validate() throws {
        guard try CandidateInput.text(reason, option: "--reason") != nil else {
            throw ValidationError(options.wording(.decisionNeedsReason))
        }
    }

    func run() async throws {
        let store = try options.open()
        let person = try await store.candidate(candidate)
        let id = person.id
        let reasonText = try CandidateInput.text(reason, option: "--reason") ?? reason
        let outcome: DecisionDesk.Outcome
        let words = options.wording
        do {
            outcome = try await DecisionDesk(store: store).decide(candidate: person, profile: profile, decision: decision,
                                                                   reason: reasonText, actor: options.actor)
        } catch let error as CampaignError {
            throw ValidationError(ErrorWording(words).decisionMessage(error))
        }
        let profileID = outcome.profile, recorded = outcome.record, deadline = outcome.deadline
        let today = CandidateInput.today()
        switch options.format {
        case .json:
            try Printer.printJSON(DecisionRecordJSON(
                candidate: id, profile: profileID, decision: decision.rawValue, reason: reasonText,
                decidedBy: recorded?.decidedBy ?? options.actor, decidedAt: recorded.map { StoreTime.format($0.decidedAt) } ?? "",
                retention: DossierJSON.RetentionJSON(deadline: deadline, today: today)))
        case .text:
            Printer.print(words(.decisionRecorded, ["id": id.description, "profile": profileID,
                                                    "decision": words.report.decision(decision)]))
            if let deadline {
                Printer.print(words(.retentionDeadlineSet, [
                    "date": words.day(deadline.destroyBy), "event": words.retentionEvent(deadline.event),
                    "eventDate": words.day(deadline.eventDate), "left": words.daysLeft(deadline.daysRemaining(on: today))]))
            }
        }
    }
}
