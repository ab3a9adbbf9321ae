import ArgumentParser
import OtborCore
import OtborStore

extension CandidatesCommand {
    /// `otbor candidates show ID`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show everything recorded about one candidate.",
            discussion: """
                Contacts, consent, the voluntary group, each application with its sessions (guide, assessor, \
                status, answers given), consensus ratings and decisions, the DISC result if taken (context \
                only), and the retention deadline with the days left. With --format json: the full record \
                as `otbor export` writes it, every answer included, plus `retention`.
                """)

        @Argument(help: CandidateArgument.help())
        var candidate: String

        @OptionGroup var output: OutputOptions

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var database: StoreOptions

        func run() async throws {
            let store = try database.openForReading(workspace: workspace)
            let dossier = try await store.dossier(candidate: try await store.candidate(candidate).id)
            let today = CandidateInput.today()
            let deadline = CandidateText.deadline(of: dossier)
            switch output.format {
            case .json: try Printer.printJSON(DossierJSON(dossier: dossier, retention: .init(deadline: deadline, today: today)))
            case .text: Printer.print(CandidateText(dossier: dossier, today: today, words: output.wording).render())
            }
        }
    }
}
