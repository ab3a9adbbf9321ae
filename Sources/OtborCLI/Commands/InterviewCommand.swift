import ArgumentParser
import Foundation
import OtborCore
import OtborServices
import OtborStore

/// `otbor interview start | resume | submit | list`: running structured interviews.
struct InterviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Run a structured interview, resume or submit it, and list sessions.",
        discussion: """
            An interview is a session: one assessor running one guide (a stage of the profile's process) \
            with one candidate. Every answer is saved the moment it is given, so a session can be paused \
            with q, or even killed, and resumed later. Submitting locks the answers; until then nobody \
            else sees them and they do not count in scores.
            """,
        subcommands: [Start.self, Resume.self, Submit.self, List.self, InterviewImportCommand.self])

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start an interview: show each item and take the ratings (interactive).",
            discussion: """
                Prints `session ID: …` first, then runs the guide item by item: the question, what it \
                checks, the anchors of the 1–5 scale and a timer against the planned duration. Keys: \
                1–5 rate, n not assessed, s skip (come back later), b back, ? help, q pause; after a \
                rating type the evidence note. Role-plays take checklist ticks (1 3 5, or - for none), \
                cases a classification option, the working-day task the candidate's plan (N MINUTES or \
                N - per task, . to end). At the end the guide's red flags are offered and you are asked \
                whether to submit.

                On a terminal keys work without Enter; from a pipe or file every key and note is one \
                line, and the end of input pauses the session.
                """)

        @Option(name: .long, help: CandidateArgument.help())
        var candidate: String

        @Option(name: .long, help: ArgumentHelp("The job profile the candidate applies for, such as senior-support-manager.", valueName: "profile"))
        var profile: String

        @Option(name: .long, help: ArgumentHelp("The interview guide of the stage, such as phone-screen.", valueName: "guide"))
        var stage: String

        @Option(name: .long, help: ArgumentHelp("Who runs the interview and rates.", valueName: "name"))
        var assessor: String

        @OptionGroup var language: LanguageOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if assessor.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError(language.wording(.assessorEmpty))
            }
            if candidate.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError(language.wording(.candidateEmpty))
            }
        }

        func run() async throws {
            let words = language.wording
            let library = try workspace.library(words: words)
            let store = try storeOptions.open(workspace: workspace)
            let desk = InterviewDesk(store: store)
            let plan = try await desk.plan(candidate: candidate, profile: profile, guide: stage, in: library)
            let session = try await desk.start(plan, assessor: assessor)
            let guide = plan.guide, person = plan.candidate
            Printer.print(words(.sessionStarted, ["id": session.id.description, "name": words.person(person.name), "guide": guide.id,
                                                  "title": words.content(guide.title), "assessor": words.person(session.assessor)]))
            if !plan.isProfileStage {
                Printer.error(words(.notAStage, ["guide": guide.id, "profile": plan.profile.id]))
            }
            for fact in try await desk.screeningStop(plan) {
                Printer.error(words(.screenedOut, ["topic": words.screeningTopic(fact.topic), "stage": fact.stage,
                                                   "reason": words.content(fact.reason)]))
            }
            try await Sitting.run(store: store, guide: guide, participants: [.init(session: session, candidate: person.name)],
                            library: library, wording: words,
                            commandOptions: Sitting.commandOptions(workspace: workspace, store: storeOptions))
        }
    }

    struct Resume: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Resume a paused or interrupted interview at the next unanswered item.",
            discussion: """
                Continues the session with the guide exactly as it was when the session started, where \
                the last sitting stopped: at the item it showed, with the items it skipped and its way \
                back. A session never run here (such as an imported one) continues at the first \
                unanswered item after the one answered last (then the skipped ones). A session of a \
                group run resumes the whole group. A submitted session cannot be resumed.
                """)

        @Argument(help: ArgumentHelp("The session id (`otbor interview list` shows them).", valueName: "session"))
        var session: SessionID

        @OptionGroup var language: LanguageOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let words = language.wording
            let store = try storeOptions.open(workspace: workspace)
            let first = try await store.session(session)
            guard first.status != .submitted else { throw StoreError.sessionLocked(session) }
            var sessions = [first]
            if let group = first.groupRun {
                sessions = try await store.sessions(candidate: nil, status: nil, groupRun: group)
                    .filter { $0.guide == first.guide && $0.assessor == first.assessor }
                if let locked = sessions.first(where: { $0.status == .submitted }) { throw StoreError.sessionLocked(locked.id) }
            }
            let guide = try await store.guide(of: first)
            let names = try await Sitting.candidateNames(store)
            var participants: [InterviewRunner.Participant] = []
            for session in sessions {
                let reopened = try await store.reopen(session: session.id)
                let id = try await store.candidateID(of: reopened)
                participants.append(InterviewRunner.Participant(
                    session: reopened, candidate: names[id] ?? words(.candidateNumber, ["id": id.description])))
            }
            let who = participants.map { words(.participant, ["name": $0.candidate, "id": $0.session.id.description]) }
            Printer.print(words(.sessionResumed, ["id": session.description, "guide": guide.id, "title": words.content(guide.title),
                                                  "who": who.joined(separator: ", "), "assessor": words.person(first.assessor)]))
            try await Sitting.run(store: store, guide: guide, participants: participants, library: Sitting.optionalLibrary(workspace),
                            wording: words, commandOptions: Sitting.commandOptions(workspace: workspace, store: storeOptions))
        }
    }
}
