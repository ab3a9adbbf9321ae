import Foundation
import Hummingbird
import OtborCore
import OtborServices
import OtborStore

/// `GET /group-sittings/{id}`: the chair's board of a group sitting, for the same callers as its
/// API (hr, admin and the sitting's observers), and `GET /static/board.js`, which keeps it live.
struct GroupSittingPages {
    let store: any CampaignStore
    let library: ContentLibrary
    let settings: ConsoleSettings

    func add(to router: Router<ConsoleContext>) {
        router.get("static/board.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: BoardScript.source)))
        }
        router.get("group-sittings/:id") { _, context in try await self.board(context: context) }
        router.post("group-sittings/:id/timer") { _, context in try await self.startTimer(context: context) }
    }

    private func board(context: ConsoleContext) async throws -> Response {
        let account = try context.require(.listCandidates)
        let id = context.parameters.get("id") ?? ""
        guard id.hasPrefix("group-"), id.count <= 64 else { throw ConsoleError.notFound }
        let board = try await GroupSittingDesk(store: store, library: library).board(id, now: settings.clock())
        guard account.may(.runGroupSittings) || board.observes(account.login.rawValue) else { throw ConsoleError.forbidden }
        var names: [CandidateID: String] = [:]
        let label = try await CandidateNames.of(store, for: account)
        for row in board.rows where names[row.candidate] == nil { names[row.candidate] = label(try await store.candidate("id:\(row.candidate)")) }
        let observers = Dictionary(try await store.accounts().map { ($0.login.rawValue, $0.displayName) }, uniquingKeysWith: { first, _ in first })
        let strings = ConsoleStrings(context.language)
        let title = library.guide(board.guide)?.title.text(in: context.language) ?? board.guide
        return ConsolePage(title: strings(.groupSittingTitle, ["guide": title]), bodyClass: "board-page",
                           content: BoardPage(strings: strings, board: board, guideTitle: title, names: names, observers: observers,
                                             washupLinks: account.may(.recordConsensus),
                                             timer: board.sitting.flatMap { sitting in
                                                 sitting.timerStartedAt.flatMap { start in sitting.plannedEnd.map { (clock(start), clock($0)) } }
                                             },
                                             chairToken: account.may(.runGroupSittings) ? context.sessions.session?.csrfToken : nil),
                           scripts: [BoardScript.path]).response(context: context)
    }

    /// `POST /group-sittings/{id}/timer`: the chair starts (or restarts) the exercise timer; back to the board.
    private func startTimer(context: ConsoleContext) async throws -> Response {
        let account = try context.require(.runGroupSittings)
        let id = context.parameters.get("id") ?? ""
        guard id.hasPrefix("group-"), id.count <= 64 else { throw ConsoleError.notFound }
        _ = try await GroupSittingDesk(store: store, library: library).startTimer(id, actor: account.login.rawValue)
        return InterviewPages.redirect("/group-sittings/\(id)")
    }

    /// `10:02`: `date` on the campaign's clock.
    private func clock(_ date: Date) -> String { settings.clockTime(date) }
}
