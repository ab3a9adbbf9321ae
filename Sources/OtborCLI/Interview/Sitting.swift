import Foundation
import OtborCore
import OtborLoading
import OtborStore

/// What `interview start`, `interview resume` and `group run` share: running the runner on the
/// terminal and the options to repeat in the commands it prints.
enum Sitting {
    /// ` --database FILE --workspace DIR` for the options the user gave, so a printed resume or
    /// submit command reaches the same database.
    static func commandOptions(workspace: WorkspaceOptions, store: StoreOptions) -> String {
        var options = ""
        if let database = store.database { options += " --database " + shellQuoted(database) }
        if let folder = workspace.workspace { options += " --workspace " + shellQuoted(folder) }
        return options
    }

    /// Runs `participants` through `guide` on the terminal (or on piped standard input).
    @discardableResult
    static func run(
        store: any CampaignStore, guide: InterviewGuide, participants: [InterviewRunner.Participant], library: ContentLibrary?,
        wording: ConsoleWording, commandOptions: String
    ) async throws -> InterviewRunner.Outcome {
        let runner = InterviewRunner(store: store, guide: guide, participants: participants, library: library,
                                     console: TerminalConsole(), wording: wording, commandOptions: commandOptions)
        return try await runner.run()
    }

    /// The workspace's content for the competency levels shown as anchors, or `nil` when there is
    /// no workspace or it does not load: a resumed session runs on the guide stored with it.
    static func optionalLibrary(_ workspace: WorkspaceOptions) -> ContentLibrary? {
        guard let root = try? WorkspaceLocator.locate(explicit: workspace.workspace) else { return nil }
        return WorkspaceLoader(root: root).load(warnings: false).library
    }

    /// The candidates' names by id.
    static func candidateNames(_ store: any CampaignStore) async throws -> [CandidateID: String] {
        Dictionary(try await store.candidates().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// `word` as a shell word: unchanged when safe, else in single quotes.
    static func shellQuoted(_ word: String) -> String {
        let safe = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_./=:@+,"))
        if !word.isEmpty, word.unicodeScalars.allSatisfy(safe.contains) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
