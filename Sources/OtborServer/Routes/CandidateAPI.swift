import Foundation
import Hummingbird
import OtborCore
import OtborStore

/// `GET /api/v1/candidates` (everyone who may list candidates; fields by role, see
/// ``CandidateResource``) and `POST /api/v1/candidates` (hr and admin: adds a candidate from a
/// ``CandidateBody``, audited with the caller's login; 201 with the stored record).
struct CandidateAPI {
    let store: any CampaignStore
    let settings: ConsoleSettings
    static let bodyLimit = 256 * 1024

    func add(to router: Router<ConsoleContext>) {
        let group = router.group("api/v1/candidates")
        group.get { _, context in try await self.list(context: context) }
        group.post { request, context in try await self.create(request, context: context) }
    }

    private func list(context: ConsoleContext) async throws -> JSONResponse<[CandidateResource]> {
        let account = try context.require(.listCandidates)
        let detailed = account.may(.readReports), contacts = account.may(.editCandidates)
        let label = try await CandidateNames.of(store, for: account)
        var resources: [CandidateResource] = []
        for overview in try await store.candidateOverviews() {
            let last: DecisionRecord?? = detailed ? .some(try await store.decisions(candidate: overview.candidate.id).last) : nil
            var resource = CandidateResource(overview.candidate, applications: detailed ? overview.applications : nil,
                                             lastDecision: last, contacts: contacts)
            resource.name = label(overview.candidate)
            resources.append(resource)
        }
        return JSONResponse(value: resources)
    }

    private func create(_ request: Request, context: ConsoleContext) async throws -> JSONResponse<CandidateResource> {
        let account = try context.require(.editCandidates)
        var request = request
        let data = Data(buffer: try await request.collectBody(upTo: Self.bodyLimit))
        let body: CandidateBody
        do {
            body = try JSONDecoder().decode(CandidateBody.self, from: data)
        } catch {
            throw ConsoleError.unprocessable("the body is not a JSON object of candidate fields: "
                + "{\"name\": \"…\", \"email\": …, \"phone\": …, \"source\": …, \"consentDate\": \"yyyy-mm-dd\", \"group\": …, \"notes\": …}")
        }
        let candidate: NewCandidate
        do {
            candidate = try body.candidate(today: CalendarDate(settings.clock(), in: settings.timeZone))
        } catch {
            throw ConsoleError.unprocessable(error.message)
        }
        let added = try await store.addCandidate(candidate, actor: account.login.rawValue)
        return JSONResponse(status: .created, value: CandidateResource(added, applications: [], lastDecision: .some(nil), contacts: true))
    }
}
