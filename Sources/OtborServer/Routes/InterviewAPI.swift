import Foundation
import Hummingbird
import OtborCore
import OtborServices
import OtborStore

/// The interview API, for everyone who conducts interviews (observers get 403):
/// `POST /api/v1/interviews` starts one for the caller, `GET /api/v1/interviews/{id}` reads it
/// (the caller's own, or a colleague's as ``Account/sessionVisibility`` allows),
/// `PUT /api/v1/interviews/{id}/answers/{step}` records one answer to one step of the caller's own
/// session (the last write of a step wins, so repeating it changes nothing), and
/// `PUT` and `DELETE /api/v1/interviews/{id}/red-flags/{flag}` record and take back a red flag,
/// `POST /api/v1/interviews/{id}/pause` pauses it (adding the sitting's seconds) and
/// `POST /api/v1/interviews/{id}/submit` locks it. The session's assessor is the caller's login.
struct InterviewAPI {
    let store: any CampaignStore
    let library: ContentLibrary
    static let bodyLimit = 256 * 1024

    var desk: InterviewDesk { InterviewDesk(store: store) }

    func add(to router: Router<ConsoleContext>) {
        let group = router.group("api/v1/interviews")
        group.post { request, context in try await self.start(request, context: context) }
        group.get(":id") { _, context in try await self.read(context: context) }
        group.put(":id/answers/**") { request, context in try await self.answer(request, context: context) }
        group.put(":id/red-flags/:flag") { _, context in try await self.redFlag(context: context, recorded: true) }
        group.delete(":id/red-flags/:flag") { _, context in try await self.redFlag(context: context, recorded: false) }
        group.post(":id/pause") { request, context in try await self.pause(request, context: context) }
        group.post(":id/submit") { request, context in try await self.submit(request, context: context) }
    }

    private func start(_ request: Request, context: ConsoleContext) async throws -> JSONResponse<InterviewResource> {
        let account = try context.require(.conductInterviews)
        guard let body = try await Self.decode(InterviewBody.self, from: request) else {
            throw ConsoleError.unprocessable(ConsoleStrings(context.language)(.interviewBodyShape, ["shape": InterviewBody.shape]))
        }
        let plan = try await desk.plan(candidate: body.candidate, profile: body.profile, guide: body.stage, in: library)
        guard plan.isProfileStage else { throw plan.notAStage }
        let session = try await desk.start(plan, assessor: account.login.rawValue)
        var response = try await resource(session.id, context: context)
        response.status = .created
        response.headers[.location] = "/api/v1/interviews/\(session.id)"
        return response
    }

    private func read(context: ConsoleContext) async throws -> JSONResponse<InterviewResource> {
        let account = try context.require(.conductInterviews)
        let session = try await store.session(try Self.sessionID(context))
        if !account.owns(session), !(try await desk.isVisible(session, to: account.sessionVisibility)) {
            throw ConsoleError.hiddenInterview
        }
        return try await resource(session.id, context: context)
    }

    private func answer(_ request: Request, context: ConsoleContext) async throws -> JSONResponse<InterviewResource.StepJSON> {
        let session = try await ownSession(context)
        let key = context.parameters.getCatchAll().joined(separator: "/")
        let (guide, step) = try await desk.step(key.removingPercentEncoding ?? key, of: session)
        let strings = ConsoleStrings(context.language)
        guard let body = try await Self.decode(AnswerBody.self, from: request), let value = body.value(for: step.kind) else {
            throw ConsoleError.unprocessable(strings(.answerBodyShape, ["step": step.key, "shape": AnswerBody.shape(of: step.kind)]))
        }
        try await desk.answer(value, note: body.note, step: step, of: guide, session: session)
        let detail = try await desk.detail(session.id)
        return JSONResponse(value: InterviewResource.StepJSON(step, guide: guide, answers: detail.answers, notes: detail.notes))
    }

    /// Records (`recorded`) or takes back the route's `{flag}` in the caller's own session, through
    /// the same service as the scoring page's form; the session as it now is.
    private func redFlag(context: ConsoleContext, recorded: Bool) async throws -> JSONResponse<InterviewResource> {
        let session = try await ownSession(context)
        let flag = context.parameters.get("flag") ?? ""
        if recorded {
            try await desk.flag([flag], session: session.id)
        } else {
            try await desk.unflag(flag, session: session.id)
        }
        return try await resource(session.id, context: context)
    }

    /// The optional body of pause and submit: the seconds of this sitting, and for submit whether
    /// unanswered steps may count as not assessed.
    private struct SittingOptions: Decodable {
        var allowUnanswered: Bool?
        var seconds: Double?
    }

    private func pause(_ request: Request, context: ConsoleContext) async throws -> JSONResponse<InterviewResource> {
        let session = try await ownSession(context)
        let options = try await Self.options(request, refusal: ConsoleStrings(context.language)[.pauseBodyShape])
        try await desk.pause(session: session.id, addingSeconds: options.seconds ?? 0)
        return try await resource(session.id, context: context)
    }

    private func submit(_ request: Request, context: ConsoleContext) async throws -> JSONResponse<InterviewResource> {
        let session = try await ownSession(context)
        let options = try await Self.options(request, refusal: ConsoleStrings(context.language)[.submitBodyShape])
        try await desk.submit(session: session.id, allowUnanswered: options.allowUnanswered ?? false, addingSeconds: options.seconds ?? 0)
        return try await resource(session.id, context: context)
    }

    /// The body of pause or submit: none, or a JSON object of ``SittingOptions``; 422 with `refusal` otherwise.
    private static func options(_ request: Request, refusal: String) async throws -> SittingOptions {
        var request = request
        let data = Data(buffer: try await request.collectBody(upTo: bodyLimit))
        guard let options = data.isEmpty ? SittingOptions() : try? JSONDecoder().decode(SittingOptions.self, from: data) else {
            throw ConsoleError.unprocessable(refusal)
        }
        return options
    }

    /// The session of the route's `{id}` when it is the caller's own (403 otherwise).
    private func ownSession(_ context: ConsoleContext) async throws -> InterviewSession {
        let account = try context.require(.conductInterviews)
        let session = try await store.session(try Self.sessionID(context))
        guard account.owns(session) else { throw ConsoleError.notYourInterview }
        return session
    }

    private func resource(_ id: SessionID, context: ConsoleContext) async throws -> JSONResponse<InterviewResource> {
        let sheet = try await desk.sheet(id)
        let label = try await CandidateNames.of(store, for: try context.require(.conductInterviews))
        let name = label(try await store.candidate("id:\(sheet.candidate)"))
        return JSONResponse(value: InterviewResource(sheet, candidateName: name, language: context.language))
    }

    /// The `{id}` of the route; 404 when it is not a session number.
    static func sessionID(_ context: ConsoleContext) throws -> SessionID {
        guard let text = context.parameters.get("id"), text.allSatisfy(\.isASCII), let id = Int64(text), id > 0 else {
            throw ConsoleError.notFound
        }
        return SessionID(id)
    }

    /// The JSON body as `T`, or `nil` when it is not one.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T? {
        var request = request
        let data = Data(buffer: try await request.collectBody(upTo: bodyLimit))
        return try? JSONDecoder().decode(T.self, from: data)
    }
}
