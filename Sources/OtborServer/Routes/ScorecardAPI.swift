import Hummingbird
import OtborCore
import OtborServices
import OtborStore

/// `GET /api/v1/candidates/{id}/scorecard[?profile=…]` for those who read reports: the document
/// `otbor score --format json` prints (``CandidateScoreDocument``), from the submitted stages only.
struct ScorecardAPI {
    let campaign: Campaign

    func add(to router: Router<ConsoleContext>) {
        router.get("api/v1/candidates/:id/scorecard") { request, context in
            _ = try context.require(.readReports)
            guard let text = context.parameters.get("id"), text.allSatisfy(\.isASCII), let id = Int64(text), id > 0 else {
                throw ConsoleError.notFound
            }
            let candidate = try await campaign.store.candidate(String(id))
            let profile = request.uri.queryParameters["profile"].map(String.init)
            return JSONResponse(value: try await campaign.score(candidate: candidate, profile: profile, engine: ScoringEngine()))
        }
    }
}
