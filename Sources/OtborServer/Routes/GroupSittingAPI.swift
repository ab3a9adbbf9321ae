import Foundation
import Hummingbird
import OtborCore
import OtborServices
import OtborStore

/// The group-sitting API: `POST /api/v1/group-sittings` (hr and admin) sets up a sitting and opens
/// each observer's sessions, which they score through the interview routes;
/// `GET /api/v1/group-sittings/{id}/board` says where each session stands, for hr and admin and
/// for the sitting's own observers (403 for others) — never a rating; and
/// `GET /api/v1/group-sittings/{id}/events`, the same board as server-sent events (``BoardEvents``);
/// `POST /api/v1/group-sittings/{id}/timer` (hr and admin) starts the exercise timer.
struct GroupSittingAPI {
    let store: any CampaignStore
    let library: ContentLibrary
    let settings: ConsoleSettings

    var desk: GroupSittingDesk { GroupSittingDesk(store: store, library: library) }

    func add(to router: Router<ConsoleContext>) {
        let group = router.group("api/v1/group-sittings")
        group.post { request, context in try await self.open(request, context: context) }
        group.get(":id/board") { _, context in JSONResponse(value: GroupSittingResource(try await self.board(context: context))) }
        group.post(":id/timer") { _, context in try await self.startTimer(context: context) }
        group.get(":id/events") { _, context in BoardEvents(desk: self.desk, id: try await self.board(context: context).id, lifetime: self.settings.eventStreamLifetime,
                        now: self.settings.clock).response }
    }

    private func open(_ request: Request, context: ConsoleContext) async throws -> JSONResponse<GroupSittingResource> {
        let account = try context.require(.runGroupSittings)
        guard let body = try await InterviewAPI.decode(GroupSittingBody.self, from: request) else {
            throw ConsoleError.unprocessable(ConsoleStrings(context.language)(.groupSittingBodyShape, ["shape": GroupSittingBody.shape]))
        }
        let opened = try await desk.open(guide: body.guide, profile: body.profile, assignment: body.assignment,
                                         actor: account.login.rawValue)
        var response = JSONResponse(status: .created, value: GroupSittingResource(opened))
        response.headers[.location] = "/api/v1/group-sittings/\(opened.id)/board"
        return response
    }

    /// The chair (hr, admin) starts or restarts the exercise timer; answers with the board.
    private func startTimer(context: ConsoleContext) async throws -> JSONResponse<GroupSittingResource> {
        let account = try context.require(.runGroupSittings)
        let board = try await self.board(context: context)
        _ = try await desk.startTimer(board.id, actor: account.login.rawValue)
        return JSONResponse(value: GroupSittingResource(try await desk.board(board.id, now: settings.clock())))
    }

    /// The board of the route's sitting, when the caller may follow it (403 otherwise, 404 when there is none).
    private func board(context: ConsoleContext) async throws -> GroupSittingDesk.Board {
        let account = try context.require(.listCandidates)
        let id = context.parameters.get("id") ?? ""
        guard id.hasPrefix("group-"), id.count <= 64 else { throw ConsoleError.notFound }
        let board = try await desk.board(id, now: settings.clock())
        guard account.may(.runGroupSittings) || board.observes(account.login.rawValue) else { throw ConsoleError.forbidden }
        return board
    }
}
