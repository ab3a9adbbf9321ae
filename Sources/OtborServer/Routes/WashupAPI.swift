import Hummingbird
import OtborCore
import OtborServices
import OtborStore

/// The wash-up through the API, for hr and admin: `GET /api/v1/candidates/{id}/washup?stage=S`
/// (409 until every session of the stage is submitted) and `POST /api/v1/candidates/{id}/consensus`
/// (``PanelConsensus/record(_:stage:competency:rationale:candidate:profile:actor:)``, audited with
/// the caller's login; 201 with the wash-up as it now is).
struct WashupAPI {
    let campaign: Campaign

    var panel: PanelConsensus { PanelConsensus(campaign: campaign) }

    func add(to router: Router<ConsoleContext>) {
        router.get("api/v1/candidates/:id/washup") { request, context in try await self.washup(request, context: context) }
        router.post("api/v1/candidates/:id/consensus") { request, context in try await self.consensus(request, context: context) }
    }

    private func candidate(_ context: ConsoleContext) async throws -> Candidate {
        guard let text = context.parameters.get("id"), text.allSatisfy(\.isASCII), let id = Int64(text), id > 0 else {
            throw ConsoleError.notFound
        }
        return try await campaign.store.candidate("id:\(id)")
    }

    private func washup(_ request: Request, context: ConsoleContext) async throws -> JSONResponse<WashupResource> {
        let account = try context.require(.recordConsensus)
        let candidate = try await candidate(context)
        guard let stage = request.uri.queryParameters["stage"].map(String.init), !stage.isEmpty else {
            throw ConsoleError.unprocessable(ConsoleStrings(context.language)[.washupQuery])
        }
        let profile = request.uri.queryParameters["profile"].map(String.init)
        return JSONResponse(value: WashupResource(try await panel.washup(candidate: candidate, profile: profile, stage: stage,
                                                                   viewer: account.login.rawValue), candidate: candidate.id))
    }

    private func consensus(_ request: Request, context: ConsoleContext) async throws -> JSONResponse<WashupResource> {
        let account = try context.require(.recordConsensus)
        let candidate = try await candidate(context)
        guard let body = try await InterviewAPI.decode(ConsensusBody.self, from: request) else {
            throw ConsoleError.unprocessable(ConsoleStrings(context.language)(.consensusBodyShape, ["shape": ConsensusBody.shape]))
        }
        let washup = try await panel.washup(candidate: candidate, profile: body.profile, stage: body.stage)
        try await panel.record(body.value, stage: body.stage, competency: body.competency, rationale: body.rationale,
                               candidate: candidate, profile: washup.profile, actor: account.login.rawValue)
        let now = try await panel.washup(candidate: candidate, profile: washup.profile, stage: body.stage)
        return JSONResponse(status: .created, value: WashupResource(now, candidate: candidate.id))
    }
}
