import ArgumentParser
import Foundation
import OtborCore
import OtborStore

/// `otbor group run`: one assessor scores several candidates of one group exercise in one sitting.
struct GroupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "Score a group exercise: several candidates, one assessor, one sitting.",
        subcommands: [Run.self])

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a group exercise guide for several candidates at once (interactive).",
            discussion: """
                Opens one session per candidate, all sharing a group-run id, and steps through the guide's \
                criteria × candidates: each criterion is rated for every candidate in turn, with the same \
                keys as `otbor interview start` (1–5, n, s, b, ?, q, then a note). Each answer goes to that \
                candidate's own session the moment it is given. Prints `group run ID: sessions …` first.

                Running the same command again resumes the group where it stopped, as does `otbor \
                interview resume` with any of its sessions. Without --profile each candidate's profile is \
                the one they already applied for, or the only profile whose process uses the guide.
                """)

        @Option(name: .long, help: ArgumentHelp("The group exercise guide, such as group-exercise.", valueName: "guide"))
        var guide: String

        @Option(name: .long, help: ArgumentHelp("The candidates, by id or exact name (id:N, name:TEXT), separated by commas (at least two).", valueName: "a,b,c"))
        var candidates: String

        @Option(name: .long, help: ArgumentHelp("Who observes and rates.", valueName: "name"))
        var assessor: String

        @Option(name: .long, help: ArgumentHelp("The job profile the candidates apply for.", valueName: "profile"))
        var profile: String?

        @OptionGroup var language: LanguageOptions
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var storeOptions: StoreOptions

        /// The candidate references as typed, in order.
        var references: [String] {
            candidates.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        func validate() throws {
            if assessor.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError(language.wording(.assessorEmpty))
            }
            guard references.count >= 2 else {
                throw ValidationError(language.wording(.groupTooFew))
            }
            let repeated = Dictionary(grouping: references, by: { $0.lowercased() }).filter { $0.value.count > 1 }.keys.sorted()
            if !repeated.isEmpty {
                throw ValidationError(language.wording(.groupRepeated, ["names": repeated.joined(separator: ", ")]))
            }
        }

        func run() async throws {
            let words = language.wording
            let library = try workspace.library(words: words)
            let guide = try Lookup.guide(guide, in: library, words: words)
            let explicitProfile = try profile.map { try Lookup.profile($0, in: library, words: words) }
            let store = try storeOptions.open(workspace: workspace)
            var people: [Candidate] = []
            for reference in references { people.append(try await store.candidate(reference)) }
            if Set(people.map(\.id)).count < people.count {
                throw ValidationError(words(.sameCandidateTwice))
            }
            let assessor = assessor.trimmingCharacters(in: .whitespacesAndNewlines)
            var existing: [InterviewSession?] = []
            for person in people {
                existing.append(try await store.sessions(candidate: person.id).first { $0.guide == guide.id && $0.assessor == assessor })
            }
            if let locked = existing.compactMap({ $0 }).first(where: { $0.status == .submitted }) {
                throw StoreError.sessionLocked(locked.id)
            }
            let groupRun = existing.compactMap { $0?.groupRun }.first ?? Self.newGroupRunID(guide: guide.id)
            var participants: [InterviewRunner.Participant] = []
            for (person, found) in zip(people, existing) {
                let session: InterviewSession
                if let found {
                    session = try await store.reopen(session: found.id)
                } else {
                    let profile: JobProfile
                    if let explicitProfile { profile = explicitProfile } else {
                        profile = try await Self.profile(for: person, guide: guide, store: store, library: library, words: words)
                    }
                    session = try await store.startSession(candidate: person.id, profile: profile, guide: guide,
                                                     assessor: assessor, groupRun: groupRun)
                }
                participants.append(.init(session: session, candidate: person.name))
            }
            let list = participants.map { "\($0.session.id) (\($0.candidate))" }.joined(separator: ", ")
            let resumed = existing.contains { $0 != nil }
            Printer.print(words(resumed ? .groupRunResumed : .groupRunStarted, [
                "id": groupRun, "sessions": list, "guide": guide.id, "title": words.content(guide.title), "assessor": words.person(assessor)]))
            try await Sitting.run(store: store, guide: guide, participants: participants, library: library, wording: words,
                            commandOptions: Sitting.commandOptions(workspace: workspace, store: storeOptions))
        }

        /// A new group-run id: the guide and a random suffix, such as `group-exercise-3f9a1c2e`.
        static func newGroupRunID(guide: String) -> String {
            "\(guide)-" + UUID().uuidString.lowercased().prefix(8)
        }

        /// The profile of a candidate without --profile: their only application, else the only
        /// profile whose process uses the guide.
        static func profile(for person: Candidate, guide: InterviewGuide, store: any CampaignStore, library: ContentLibrary,
                            words: ConsoleWording) async throws -> JobProfile {
            let applied = try await store.applications(candidate: person.id).compactMap { library.profile($0.profile) }
            if applied.count == 1 { return applied[0] }
            let using = library.profiles.filter { $0.process.contains { $0.guide == guide.id } }
            if applied.isEmpty, using.count == 1 { return using[0] }
            let choices = (applied.isEmpty ? using : applied).map(\.id)
            throw ValidationError(choices.isEmpty
                ? words(.profileUnclearNone, ["name": words.person(person.name), "guide": guide.id])
                : words(.profileUnclear, ["name": words.person(person.name), "profiles": choices.joined(separator: ", ")]))
        }
    }
}
