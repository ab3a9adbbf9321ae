import Foundation
import Hummingbird
import OtborCore
import OtborServices
import OtborStore

/// `POST /api/v1/conflicts` `{candidate, reason?}`: the caller (anyone who conducts interviews)
/// declares a conflict of interest with a candidate (``ConflictDesk``), audited with their login:
/// 201 with the conflicts the caller has declared with the candidate, 200 when it was declared
/// already. `reason` is `knows`, `former-colleague`, `relative` or `other` (the default).
struct ConflictAPI {
    let store: any CampaignStore

    /// The body.
    struct Body: Decodable, Sendable {
        var candidate: Int64
        var reason: ConflictOfInterest.Reason?

        static let shape = #"{"candidate": 7, "reason": "former-colleague"}"#
    }

    /// A conflict as the API shows it.
    struct Resource: Encodable, Sendable {
        var candidate: Int64
        var login: String
        var reason: String
        var declaredAt: String

        init(_ conflict: ConflictOfInterest) {
            candidate = conflict.candidate.rawValue
            login = conflict.login
            reason = conflict.reason.rawValue
            declaredAt = StoreTime.format(conflict.declaredAt)
        }
    }

    func add(to router: Router<ConsoleContext>) {
        router.post("api/v1/conflicts") { request, context in try await self.declare(request, context: context) }
    }

    private func declare(_ request: Request, context: ConsoleContext) async throws -> JSONResponse<Resource> {
        let account = try context.require(.conductInterviews)
        guard let body = try await InterviewAPI.decode(Body.self, from: request), body.candidate > 0 else {
            throw ConsoleError.unprocessable(ConsoleStrings(context.language)(.conflictBodyShape, [
                "shape": Body.shape, "reasons": ConflictOfInterest.Reason.allCases.map(\.rawValue).joined(separator: ", "),
            ]))
        }
        let candidate = try await store.candidate("id:\(body.candidate)").id
        let login = account.login.rawValue
        let recorded = try await ConflictDesk(store: store).declare(candidate: candidate, reason: body.reason ?? .other, login: login)
        guard let conflict = try await store.conflicts(candidate: candidate).first(where: { $0.login == login }) else {
            throw ConsoleError.notFound
        }
        return JSONResponse(status: recorded ? .created : .ok, value: Resource(conflict))
    }
}
