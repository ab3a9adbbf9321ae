import Foundation
import Hummingbird
import OtborCore
import OtborServices
import OtborStore

/// The candidate page for those who decide (admin, hr): `GET /candidates/{id}` (``CandidatePage``),
/// `POST /candidates/{id}/decisions` (`profile`, `decision`, `reason` → ``DecisionDesk``) and
/// `POST /candidates/{id}/consensus` (`profile`, `stage`, `competency`, `value`, `rationale` →
/// ``PanelConsensus``), each answered with a 303 back to the page. The services audit every change
/// with the caller's login.
struct CandidatePages {
    let campaign: Campaign
    let settings: ConsoleSettings

    func add(to router: Router<ConsoleContext>) {
        let group = router.group("candidates")
        group.get(":id") { _, context in try await self.show(context: context) }
        group.get(":id/washup") { request, context in try await self.washup(request, context: context) }
        group.post(":id/decisions") { request, context in try await self.decide(request, context: context) }
        group.post(":id/consensus") { request, context in try await self.agree(request, context: context) }
    }

    private func candidate(_ context: ConsoleContext) async throws -> Candidate {
        guard let text = context.parameters.get("id"), text.allSatisfy(\.isASCII), let id = Int64(text), id > 0 else {
            throw ConsoleError.notFound
        }
        return try await campaign.store.candidate(String(id))
    }

    private func show(context: ConsoleContext) async throws -> Response {
        let account = try context.require(.recordDecisions)
        let person = try await candidate(context)
        let strings = ConsoleStrings(context.language)
        var applications: [CandidatePage.Application] = []
        for application in try await campaign.store.applications(candidate: person.id) {
            let document = try await campaign.score(candidate: person, profile: application.profile, engine: ScoringEngine())
            let names = Dictionary(document.card.competencies.compactMap { score in
                campaign.library.competency(score.competency).map { (score.competency, $0.name.text(in: context.language)) }
            }, uniquingKeysWith: { first, _ in first })
            let title = campaign.library.profile(application.profile)?.title.text(in: context.language) ?? application.profile
            applications.append(.init(profile: application.profile, title: title, card: document.card, names: names))
        }
        let desk = InterviewDesk(store: campaign.store)
        var interviews: [CandidatePage.Interview] = []
        for session in try await campaign.store.sessions(candidate: person.id) {
            var visible = account.may(.conductInterviews) && account.owns(session)
            if !visible, account.may(.conductInterviews) { visible = try await desk.isVisible(session, to: account.sessionVisibility) }
            let title = campaign.library.guide(session.guide)?.title.text(in: context.language) ?? session.guide
            interviews.append(.init(session: session, stageTitle: title, link: visible ? "/interviews/\(session.id)" : nil))
        }
        let page = CandidatePage(strings: strings, candidate: person, applications: applications, interviews: interviews,
                                 decisions: try await campaign.store.decisions(candidate: person.id),
                                 csrfToken: context.sessions.session?.csrfToken, timeZone: settings.timeZone)
        return ConsolePage(title: strings(.candidateTitle, ["id": person.id.description]) + " " + person.name, bodyClass: "candidate-page",
                           content: page).response(context: context)
    }

    private func decide(_ request: Request, context: ConsoleContext) async throws -> Response {
        let account = try context.require(.recordDecisions)
        let person = try await candidate(context)
        let fields = try await InterviewPages.form(request)
        guard let decision = fields["decision"].flatMap(Decision.init(rawValue:)) else {
            throw ConsoleError.unprocessable(ConsoleStrings(context.language)(.decisionAccepted, [
                "accepted": Decision.allCases.map(\.rawValue).joined(separator: ", "),
            ]))
        }
        _ = try await DecisionDesk(store: campaign.store).decide(candidate: person, profile: fields["profile"], decision: decision,
                                                                 reason: fields["reason"] ?? "", actor: account.login.rawValue)
        return InterviewPages.redirect("/candidates/\(person.id)#decisions")
    }

    private func agree(_ request: Request, context: ConsoleContext) async throws -> Response {
        let account = try context.require(.recordConsensus)
        let person = try await candidate(context)
        let fields = try await InterviewPages.form(request)
        guard let stage = fields["stage"], let competency = fields["competency"] else { throw ConsoleError.notFound }
        let value = fields["value"].flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) } ?? .nan
        try await PanelConsensus(campaign: campaign).record(value, stage: stage, competency: competency, rationale: fields["rationale"] ?? "",
                                                            candidate: person, profile: fields["profile"], actor: account.login.rawValue)
        if fields["from"] == "washup" { return InterviewPages.redirect(Self.washupPath(person.id, stage: stage, profile: fields["profile"])) }
        return InterviewPages.redirect("/candidates/\(person.id)")
    }

    /// The wash-up screen of `stage` for a candidate, its query escaped.
    static func washupPath(_ candidate: CandidateID, stage: String, profile: String?, sitting: String? = nil) -> String {
        var query = URLComponents()
        query.queryItems = [URLQueryItem(name: "stage", value: stage)] + [("profile", profile), ("sitting", sitting)].compactMap { name, value in
            value.map { URLQueryItem(name: name, value: $0) }
        }
        return "/candidates/\(candidate)/washup?" + (query.percentEncodedQuery ?? "")
    }

    /// `GET /candidates/{id}/washup?stage=S[&profile=P][&sitting=group-…]`: ``WashupPage``, refused
    /// with 409 while an observer of the stage has not submitted.
    private func washup(_ request: Request, context: ConsoleContext) async throws -> Response {
        let account = try context.require(.recordConsensus)
        let person = try await candidate(context)
        let strings = ConsoleStrings(context.language)
        guard let stage = request.uri.queryParameters["stage"].map(String.init), !stage.isEmpty else {
            throw ConsoleError.unprocessable(strings[.washupQuery])
        }
        let profile = request.uri.queryParameters["profile"].map(String.init)
        let washup = try await PanelConsensus(campaign: campaign).washup(candidate: person, profile: profile, stage: stage,
                                                                                  viewer: account.login.rawValue)
        let sitting = request.uri.queryParameters["sitting"].map(String.init)
            .flatMap { $0.hasPrefix("group-") && $0.count <= 64 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } ? $0 : nil }
        var names: [String: String] = [:]
        for score in washup.scores { names[score.competency] = campaign.library.competency(score.competency)?.name.text(in: context.language) }
        let observers = Dictionary(try await campaign.store.accounts().map { ($0.login.rawValue, $0.displayName) }, uniquingKeysWith: { first, _ in first })
        let title = campaign.library.guide(stage)?.title.text(in: context.language) ?? stage
        let page = WashupPage(strings: strings, candidate: person, washup: washup, stageTitle: title, names: names, observers: observers,
                              board: sitting.map { "/group-sittings/\($0)" }, csrfToken: context.sessions.session?.csrfToken)
        return ConsolePage(title: strings(.washupTitle, ["stage": title]) + " · " + person.name, bodyClass: "washup-page",
                           content: page).response(context: context)
    }
}
