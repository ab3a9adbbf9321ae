import ArgumentParser
import Foundation
import OtborCore
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

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let store = try storeOptions.open(workspace: workspace)
            let found = try await store.session(session)
            guard found.status != .submitted else { throw StoreError.sessionLocked(session) }
            let guide = try await store.guide(of: found)
            let answers = try await store.answers(session: session)
            let unanswered = guide.steps.filter { !answers.isAnswered($0) }
            if !unanswered.isEmpty && !allowUnanswered {
                Printer.error("error: session \(session) has \(unanswered.count) unanswered item(s): "
                    + unanswered.map(\.key).joined(separator: ", "))
                Printer.error("answer them with `otbor interview resume \(session)\(Sitting.commandOptions(workspace: workspace, store: storeOptions))`, "
                    + "or pass --allow-unanswered")
                throw ExitCode(ExitStatus.findings)
            }
            try await store.submit(session: session)
            Printer.print("session \(session) submitted: \(guide.steps.count - unanswered.count) of \(guide.steps.count) items answered; the answers are locked")
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

        @Option(name: .long, help: ArgumentHelp("Only this candidate's sessions (id or exact name).", valueName: "candidate"))
        var candidate: String?

        @OptionGroup var output: FormatOptions

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let store = try storeOptions.open(workspace: workspace)
            var candidateID: CandidateID?
            if let candidate { candidateID = try await store.candidate(candidate).id }
            let names = try await Sitting.candidateNames(store)
            let applications = Dictionary(try await store.applications(candidate: nil, profile: nil).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var guides: [String: InterviewGuide] = [:]
            var rows: [SessionListJSON] = []
            for session in try await store.sessions(candidate: candidateID) {
                let guide: InterviewGuide
                if let known = guides[session.guideHash] { guide = known } else { guide = try await store.guide(of: session) }
                guides[session.guideHash] = guide
                let answers = try await store.answers(session: session.id)
                let application = applications[session.applicationId]
                let person = application?.candidateId ?? CandidateID(0)
                rows.append(SessionListJSON(
                    id: session.id, candidate: .init(id: person, name: names[person] ?? ""), profile: application?.profile ?? "",
                    guide: session.guide, stageKind: session.stageKind.rawValue, assessor: session.assessor, groupRun: session.groupRun,
                    status: session.status.rawValue, answered: guide.steps.filter(answers.isAnswered).count,
                    steps: guide.steps.count, activeSeconds: session.activeSeconds, plannedMinutes: session.plannedMinutes,
                    startedAt: StoreTime.format(session.startedAt), updatedAt: StoreTime.format(session.updatedAt),
                    submittedAt: session.submittedAt.map(StoreTime.format)))
            }
            switch output.format {
            case .json:
                try Printer.printJSON(rows)
            case .text:
                guard !rows.isEmpty else {
                    Printer.print(candidate == nil ? "no sessions yet; start one with `otbor interview start`" : "no sessions for this candidate")
                    return
                }
                var table = TextTable(["ID", "CANDIDATE", "PROFILE", "GUIDE", "ASSESSOR", "STATUS", "ANSWERED", "TIME", "UPDATED"])
                for row in rows {
                    table.add([row.id.description, "\(row.candidate.name) (\(row.candidate.id))", row.profile, row.guide, row.assessor,
                               row.status, "\(row.answered)/\(row.steps)",
                               "\(SessionTimer.clockText(row.activeSeconds)) / \(row.plannedMinutes) min",
                               String(row.updatedAt.prefix(16)).replacingOccurrences(of: "T", with: " ")])
                }
                Printer.print(table.render())
            }
        }
    }
}
