import Hummingbird
import OtborCore
import OtborReport
import OtborStore

/// `GET /`: the candidates of the campaign. Everyone who may list them sees ids and names;
/// those who may read what was found also see the profiles applied for and the last decision.
struct CandidateRoutes {
    let store: any CampaignStore

    func add(to router: Router<ConsoleContext>) {
        router.get("/") { _, context in try await self.list(context: context) }
    }

    private func list(context: ConsoleContext) async throws -> Response {
        let account = try context.require(.listCandidates)
        let detailed = account.may(.readReports)
        let strings = ConsoleStrings(context.language)
        let wording = ReportStrings(context.language)
        var rows: [CandidatesPage.Row] = []
        for overview in try await store.candidateOverviews() {
            var details: CandidatesPage.Details?
            if detailed {
                let last = try await store.decisions(candidate: overview.candidate.id).last
                details = .init(profiles: overview.applications.map(\.profile),
                                lastDecision: last.map { "\(wording.decision($0.decision)) (\($0.profile))" })
            }
            rows.append(.init(id: overview.candidate.id, name: overview.candidate.name, details: details))
        }
        let page = CandidatesPage(strings: strings, rows: rows, detailed: detailed)
        return ConsolePage(title: strings[.candidates], bodyClass: "candidates-page", content: page).response(context: context)
    }
}
