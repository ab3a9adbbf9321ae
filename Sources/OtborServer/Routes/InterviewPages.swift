import Foundation
import Hummingbird
import OtborCore
import OtborServices
import OtborStore

/// The interview pages for everyone who conducts interviews: `POST /interviews` starts one for
/// the caller and sends the browser to it; `GET /interviews/{id}` is the scoring page
/// (``InterviewPage``; the caller's own, or a colleague's read-only as ``Account/sessionVisibility``
/// allows); each step's form posts to `/interviews/{id}/steps/{step}` and is answered with a 303
/// to the next step, so the pages need no JavaScript. `…/pause`, `…/resume`, `…/red-flags` and
/// `…/submit` (a confirmation page first, listing the steps without an answer) finish a sitting.
/// Every change goes through ``InterviewDesk``, as the JSON API's do.
struct InterviewPages {
    let store: any CampaignStore
    let library: ContentLibrary
    let settings: ConsoleSettings
    static let formLimit = 1024 * 1024

    var desk: InterviewDesk { InterviewDesk(store: store) }

    func add(to router: Router<ConsoleContext>) {
        router.post("interviews") { request, context in try await self.start(request, context: context) }
        let group = router.group("interviews")
        group.get(":id") { _, context in try await self.show(context: context) }
        group.post(":id/steps/**") { request, context in try await self.save(request, context: context) }
        group.post(":id/pause") { request, context in try await self.pause(request, context: context) }
        group.post(":id/resume") { _, context in try await self.resume(context: context) }
        group.post(":id/red-flags") { request, context in try await self.flag(request, context: context) }
        group.post(":id/submit") { request, context in try await self.submit(request, context: context) }
        group.post(":id/conflict") { request, context in try await self.declareConflict(request, context: context) }
        router.get("static/interview.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: InterviewScript.source)))
        }
    }

    private func start(_ request: Request, context: ConsoleContext) async throws -> Response {
        let account = try context.require(.conductInterviews)
        let fields = try await Self.form(request)
        let stage = (fields["stage"] ?? "").split(separator: "/", maxSplits: 1).map(String.init)
        guard let candidate = fields["candidate"], !candidate.isEmpty, stage.count == 2 else { throw ConsoleError.notFound }
        let plan = try await desk.plan(candidate: candidate, profile: stage[0], guide: stage[1], in: library)
        guard plan.isProfileStage else { throw plan.notAStage }
        let session = try await desk.start(plan, assessor: account.login.rawValue)
        return Self.redirect("/interviews/\(session.id)")
    }

    private func show(context: ConsoleContext) async throws -> Response {
        let account = try context.require(.conductInterviews)
        let session = try await store.session(try InterviewAPI.sessionID(context))
        let owns = account.owns(session)
        if !owns, !(try await desk.isVisible(session, to: account.sessionVisibility)) { throw ConsoleError.hiddenInterview }
        let sheet = try await desk.sheet(session.id)
        let label = try await CandidateNames.of(store, for: account)
        let name = label(try await store.candidate("id:\(sheet.candidate)"))
        let strings = ConsoleStrings(context.language)
        let conflicts = owns ? try await store.conflicts(candidate: sheet.candidate) : []
        let conflict = conflicts.excludes(session.assessor, from: sheet.candidate)
        let editable = owns && !conflict && session.status != .submitted && context.credential == .session
        let page = InterviewPage(strings: strings, sheet: sheet, candidateName: name, library: library,
                                 csrfToken: editable ? context.sessions.session?.csrfToken : nil,
                                 savedAt: clock(session.updatedAt), submittedAt: session.submittedAt.map(clock),
                                 switcher: owns ? try await switcher(session, strings: strings, label: label) : nil, conflict: conflict)
        return ConsolePage(title: name + " — " + sheet.guide.title.text(in: context.language), bodyClass: "interview-page",
                           content: page, scripts: editable ? [InterviewScript.path] : []).response(context: context)
    }

    /// The switcher of an observer's candidates when `session` belongs to a group sitting.
    private func switcher(_ session: InterviewSession, strings: ConsoleStrings, label: CandidateNames) async throws -> SittingSwitcher? {
        guard let sitting = session.groupRun, sitting.hasPrefix("group-") else { return nil }
        var entries: [SittingSwitcher.Entry] = []
        for other in try await store.sessions(candidate: nil, status: nil, groupRun: sitting) where other.assessor == session.assessor {
            let name = label(try await store.candidate("id:\(try await store.candidateID(of: other))"))
            entries.append(SittingSwitcher.Entry(session: other.id, name: name, status: other.status))
        }
        let timer = try await store.groupSitting(sitting).flatMap { record -> String? in
            guard let start = record.timerStartedAt, let end = record.plannedEnd else { return nil }
            return strings(.timerRunning, ["start": clock(start), "end": clock(end)])
        }
        return entries.count > 1 || timer != nil
            ? SittingSwitcher(strings: strings, sitting: sitting, current: session.id, entries: entries, timer: timer) : nil
    }

    /// Saves one step's answer from its form and goes on to the next step not closed.
    private func save(_ request: Request, context: ConsoleContext) async throws -> Response {
        let session = try await ownSession(context)
        let key = context.parameters.getCatchAll().joined(separator: "/")
        let (guide, step) = try await desk.step(key.removingPercentEncoding ?? key, of: session)
        let form = StepForm(fields: try await Self.form(request))
        let value: AnswerValue
        do {
            value = try form.answer(to: step, in: guide)
        } catch {
            let strings = ConsoleStrings(context.language)
            throw ConsoleError.unprocessable(strings(.answerMissing, ["step": step.key, "accepted": strings[error.accepted]]))
        }
        try await desk.answer(value, note: form.note, step: step, of: guide, session: session)
        // The next step the answers now leave open: alternates this answer closed are passed over.
        let answers = try await desk.detail(session.id).answers
        let closed = Set(guide.closedSteps(answered: answers.isAnswered).map(\.key))
        let steps = guide.steps
        let next = InterviewPage.stop(from: steps.firstIndex(of: step) ?? steps.count, by: 1, closed: steps.map { closed.contains($0.key) })
        return Self.redirect("/interviews/\(session.id)" + (next.map { "#step-\($0)" } ?? "#finish"))
    }

    private func pause(_ request: Request, context: ConsoleContext) async throws -> Response {
        let session = try await ownSession(context)
        let fields = try await Self.form(request)
        try await desk.pause(session: session.id, addingSeconds: Double(fields["seconds"] ?? "") ?? 0)
        return Self.redirect("/")
    }

    private func resume(context: ConsoleContext) async throws -> Response {
        let session = try await ownSession(context)
        try await desk.resume(session: session.id)
        return Self.redirect("/interviews/\(session.id)")
    }

    private func flag(_ request: Request, context: ConsoleContext) async throws -> Response {
        let session = try await ownSession(context)
        try await desk.setFlags(try await Self.form(request).all("flag"), session: session.id)
        return Self.redirect("/interviews/\(session.id)#finish")
    }

    /// Without `confirmed=yes`, the confirmation page; with it, the submit (steps without an
    /// answer then count as not assessed), and back to the page, now read-only.
    private func submit(_ request: Request, context: ConsoleContext) async throws -> Response {
        let session = try await ownSession(context)
        let fields = try await Self.form(request)
        let seconds = Double(fields["seconds"] ?? "") ?? 0
        if fields["confirmed"] == "yes" {
            try await desk.submit(session: session.id, allowUnanswered: true, addingSeconds: seconds)
            return Self.redirect("/interviews/\(session.id)")
        }
        guard session.status != .submitted else { throw StoreError.sessionLocked(session.id) }
        let sheet = try await desk.sheet(session.id)
        let steps = sheet.guide.steps
        let gaps = sheet.unanswered.map { step in
            SubmitConfirmPage.Gap(number: (steps.firstIndex(of: step) ?? 0) + 1, key: step.key,
                                  title: sheet.guide.item(step.item)?.title.text(in: context.language) ?? step.item)
        }
        let strings = ConsoleStrings(context.language)
        let page = SubmitConfirmPage(strings: strings, session: session.id, gaps: gaps, seconds: String(Int(seconds)),
                                     csrfToken: context.sessions.session?.csrfToken)
        return ConsolePage(title: strings[.confirmSubmitTitle], bodyClass: "confirm-page", content: page).response(context: context)
    }

    /// Declares the caller's conflict of interest with the candidate of their interview
    /// (``ConflictDesk``); back to the page, now read-only and saying why.
    private func declareConflict(_ request: Request, context: ConsoleContext) async throws -> Response {
        let session = try await ownSession(context)
        let fields = try await Self.form(request)
        guard let reason = fields["reason"].flatMap(ConflictOfInterest.Reason.init(rawValue:)) else {
            throw ConsoleError.unprocessable(ConsoleStrings(context.language)(.conflictBodyShape, [
                "shape": "reason=…", "reasons": ConflictOfInterest.Reason.allCases.map(\.rawValue).joined(separator: ", "),
            ]))
        }
        try await ConflictDesk(store: store).declare(candidate: try await store.candidateID(of: session), reason: reason,
                                                     login: session.assessor)
        return Self.redirect("/interviews/\(session.id)")
    }

    /// The session of the route's `{id}` when it is the caller's own (403 otherwise).
    private func ownSession(_ context: ConsoleContext) async throws -> InterviewSession {
        let account = try context.require(.conductInterviews)
        let session = try await store.session(try InterviewAPI.sessionID(context))
        guard account.owns(session) else { throw ConsoleError.notYourInterview }
        return session
    }

    /// `12:03`: the time of `date` on the campaign's clock.
    private func clock(_ date: Date) -> String { settings.clockTime(date) }

    static func form(_ request: Request) async throws -> FormFields {
        var request = request
        return FormFields(String(buffer: try await request.collectBody(upTo: formLimit)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
