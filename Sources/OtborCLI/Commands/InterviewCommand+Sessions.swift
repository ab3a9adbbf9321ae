import ArgumentParser
import Foundation
import OtborCore
import OtborServices
import OtborStore

extension InterviewCommand {
    struct Submit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Submit a session: lock its answers so they count in scores.",
            discussion: """
                Refuses (exit 1) while items are unanswered and lists them; answer them with `otbor \
                interview resume`, mark them n (not assessed) there, or pass --allow-unanswered to submit \
                anyway (unanswered items count as not assessed). A submitted session cannot be changed; \
                corrections go through consensus.
                """)

        @Argument(help: ArgumentHelp("The session id (`otbor interview list` shows them).", valueName: "session"))
        var session: SessionID

        @Flag(name: .long, help: "Submit even when some items are unanswered.")
        var allowUnanswered = false

        @OptionGroup var language: LanguageOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let words = language.wording
            let sheet: InterviewDesk.Sheet
            do {
                sheet = try await InterviewDesk(store: try storeOptions.open(workspace: workspace))
                    .submit(session: session, allowUnanswered: allowUnanswered)
            } catch InterviewError.unanswered(_, let steps) {
                Printer.error(words(.unansweredItems, ["id": session.description, "count": words.count(steps.count, .item),
                                                       "items": steps.joined(separator: ", ")]))
                let resume = "otbor interview resume \(session)\(Sitting.commandOptions(workspace: workspace, store: storeOptions))"
                Printer.error(words(.answerThemFirst, ["command": resume]))
                throw ExitCode(ExitStatus.findings)
            }
            let progress = sheet.guide.progress(sheet.answers)
            Printer.print(words(.sessionSubmitted, ["id": session.description, "answered": String(progress.answered),
                                                    "total": String(progress.total)]))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List interview sessions with their progress.",
            discussion: """
                One line per session: candidate, profile, guide, assessor, status (open, paused, \
                submitted), items answered out of the guide's steps, and time spent. Ratings are never \
                listed. With --format json the same as an array of objects.
                """)

        @Option(name: .long, help: CandidateArgument.help("Only this candidate's sessions"))
        var candidate: String?

        @OptionGroup var output: OutputOptions

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let words = output.wording
            let store = try storeOptions.openForReading(workspace: workspace)
            var candidateID: CandidateID?
            if let candidate { candidateID = try await store.candidate(candidate).id }
            let names = try await Sitting.candidateNames(store)
            let applications = Dictionary(try await store.applications(candidate: nil, profile: nil).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var guides: [String: InterviewGuide] = [:]
            var rows: [SessionListJSON] = []
            let sessions = try await store.sessions(candidate: candidateID)
            for session in sessions {
                let guide: InterviewGuide
                if let known = guides[session.guideHash] { guide = known } else { guide = try await store.guide(of: session) }
                guides[session.guideHash] = guide
                let answers = try await store.answers(session: session.id)
                let progress = guide.progress(answers)
                let application = applications[session.applicationId]
                let person = application?.candidateId ?? CandidateID(0)
                rows.append(SessionListJSON(
                    id: session.id, candidate: .init(id: person, name: names[person] ?? ""), profile: application?.profile ?? "",
                    guide: session.guide, stageKind: session.stageKind.rawValue, assessor: session.assessor, groupRun: session.groupRun,
                    status: session.status.rawValue, answered: progress.answered,
                    steps: progress.total, activeSeconds: session.activeSeconds, plannedMinutes: session.plannedMinutes,
                    startedAt: StoreTime.format(session.startedAt), updatedAt: StoreTime.format(session.updatedAt),
                    submittedAt: session.submittedAt.map(StoreTime.format)))
            }
            switch output.format {
            case .json:
                try Printer.printJSON(rows)
            case .text:
                guard !rows.isEmpty else {
                    Printer.print(words(candidate == nil ? .noSessionsYet : .noSessionsForCandidate))
                    return
                }
                var table = TextTable(words, [.id, .candidate, .profile, .guide, .assessor, .status,
                                              .answered, .time, .updated])
                for (row, session) in zip(rows, sessions) {
                    table.add([row.id.description, "\(words.person(row.candidate.name)) (\(row.candidate.id))", row.profile, row.guide, words.person(row.assessor),
                               words.sessionStatus(session.status), "\(row.answered)/\(row.steps)",
                               words(.activeOfPlanned, ["active": SessionTimer.clockText(row.activeSeconds),
                                                        "planned": String(row.plannedMinutes)]),
                               words.dayAndTime(session.updatedAt)])
                }
                Printer.print(table.render())
            }
        }
    }
}
