import Foundation
import Hummingbird
import OtborCore
import OtborServices
import OtborStore

/// The chair's pages for group sittings: `GET /group-sittings` (``SittingsPage``), `GET
/// /group-sittings/new[?stage=profile/guide]` (``SittingSetupPage``) and `POST /group-sittings`
/// (`stage`, `candidate` per candidate, `watch` as `login:candidate` per pair) →
/// ``GroupSittingDesk/open(guide:profile:assignment:actor:)``, answered with a 303 to the new
/// sitting's board, or with the form again (422, every choice kept) when the plan is refused.
/// For hr and admin.
struct SittingSetupRoutes {
    let store: any CampaignStore
    let library: ContentLibrary
    let settings: ConsoleSettings

    var desk: GroupSittingDesk { GroupSittingDesk(store: store, library: library) }

    func add(to router: Router<ConsoleContext>) {
        router.get("group-sittings") { _, context in try await self.list(context: context) }
        router.get("group-sittings/new") { request, context in
            try await self.setup(stage: request.uri.queryParameters["stage"].map(String.init), context: context)
        }
        router.post("group-sittings") { request, context in try await self.open(request, context: context) }
    }

    private func list(context: ConsoleContext) async throws -> Response {
        _ = try context.require(.runGroupSittings)
        let strings = ConsoleStrings(context.language)
        let entries = try await desk.sittings(now: settings.clock()).map { summary in
            SittingsPage.Entry(summary: summary,
                               exercise: library.guide(summary.sitting.guide)?.title.text(in: context.language) ?? summary.sitting.guide,
                               profile: library.profile(summary.sitting.profile)?.title.text(in: context.language) ?? summary.sitting.profile,
                               opened: settings.dateTime(summary.sitting.openedAt))
        }
        return ConsolePage(title: strings[.sittingsTitle], bodyClass: "sittings-page",
                           content: SittingsPage(strings: strings, entries: entries, canSetUp: true)).response(context: context)
    }

    private func setup(stage value: String?, chosen: Set<CandidateID> = [], watching: Set<String> = [], problem: String? = nil,
                       status: HTTPResponse.Status = .ok, context: ConsoleContext) async throws -> Response {
        let account = try context.require(.runGroupSittings)
        let strings = ConsoleStrings(context.language)
        let stages = desk.groupStages().flatMap { entry in
            entry.guides.map { guide in
                SittingSetupPage.Stage(profile: entry.profile.id, guide: guide.id,
                                       label: entry.profile.title.text(in: context.language) + " — " + guide.title.text(in: context.language))
            }
        }
        // The chosen stage, else the first whose profile has applicants; an unknown value is not chosen.
        // Every application is read once, for both.
        let applications = try await store.applications(candidate: nil, profile: nil)
        var stage = value.flatMap { value in stages.first { $0.value == value } }
        if value == nil {
            let applied = Set(applications.map(\.profile))
            stage = stages.first { applied.contains($0.profile) } ?? stages.first
        }
        var choices: GroupSittingDesk.SetupChoices?
        if let stage { choices = try await desk.setupChoices(profile: stage.profile, applications: applications) }
        let page = SittingSetupPage(strings: strings, stages: stages, stage: stage, choices: choices,
                                    label: try await CandidateNames.of(store, for: account), chosen: chosen, watching: watching,
                                    problem: problem, csrfToken: context.sessions.session?.csrfToken)
        return ConsolePage(title: strings[.newSitting], bodyClass: "setup-page", content: page).response(status: status, context: context)
    }

    private func open(_ request: Request, context: ConsoleContext) async throws -> Response {
        let account = try context.require(.runGroupSittings)
        let fields = try await InterviewPages.form(request)
        let stage = fields["stage"] ?? ""
        let parts = stage.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            return try await setup(stage: nil, problem: ConsoleStrings(context.language)[.unknownExercise], status: .unprocessableContent, context: context)
        }
        let candidates = fields.all("candidate").compactMap(CandidateID.init)
        var observers: [String: [CandidateID]] = [:]
        for pair in fields.all("watch") {
            let halves = pair.split(separator: ":", maxSplits: 1).map(String.init)
            guard halves.count == 2, let candidate = CandidateID(halves[1]) else { continue }
            observers[halves[0], default: []].append(candidate)
        }
        do {
            let opened = try await desk.open(guide: parts[1], profile: parts[0],
                                             assignment: GroupAssignment(candidates: candidates, observers: observers),
                                             actor: account.login.rawValue)
            return InterviewPages.redirect("/group-sittings/\(opened.id)")
        } catch {
            guard let refusal = Self.refusal(error, strings: ConsoleStrings(context.language)) else { throw error }
            return try await setup(stage: stage, chosen: Set(candidates), watching: Set(fields.all("watch")),
                                   problem: refusal.detail, status: refusal.status, context: context)
        }
    }

    /// The refusal to show on the form when `error` refuses the plan (a sitting, campaign or 4xx store
    /// error); `nil` when it fails the request instead.
    private static func refusal(_ error: any Error, strings: ConsoleStrings) -> ErrorMiddleware.Refusal? {
        guard error is GroupSittingError || error is CampaignError || error is StoreError else { return nil }
        let refusal = ErrorMiddleware.refusal(for: error, strings: strings)
        return error is StoreError && !(400..<500).contains(refusal.status.code) ? nil : refusal
    }
}
