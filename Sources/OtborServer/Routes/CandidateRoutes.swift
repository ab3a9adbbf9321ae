import Hummingbird
import OtborCore
import OtborReport
import OtborServices
import OtborStore

/// `GET /`: the candidates of the campaign. Everyone who may list them sees ids and names;
/// those who may read what was found also see the profiles applied for and the last decision;
/// those who conduct interviews their open interviews and the form that starts one, and the
/// reminders of overdue group-sitting sessions (everyone's for a chair, their own otherwise).
struct CandidateRoutes {
    let store: any CampaignStore
    let library: ContentLibrary
    let settings: ConsoleSettings

    func add(to router: Router<ConsoleContext>) {
        router.get("/") { _, context in try await self.list(context: context) }
    }

    private func list(context: ConsoleContext) async throws -> Response {
        let account = try context.require(.listCandidates)
        let detailed = account.may(.readReports)
        let strings = ConsoleStrings(context.language)
        let wording = ReportStrings(context.language)
        let label = try await CandidateNames.of(store, for: account)
        var rows: [CandidatesPage.Row] = []
        for overview in try await store.candidateOverviews() {
            var details: CandidatesPage.Details?
            if detailed {
                let last = try await store.decisions(candidate: overview.candidate.id).last
                details = .init(profiles: overview.applications.map(\.profile),
                                lastDecision: last.map { "\(wording.decision($0.decision)) (\($0.profile))" })
            }
            rows.append(.init(id: overview.candidate.id, name: label(overview.candidate), details: details))
        }
        var page = CandidatesPage(strings: strings, rows: rows, detailed: detailed, linked: account.may(.recordDecisions))
        if account.may(.conductInterviews) {
            page.interviews = StartInterviewForm(
                strings: strings, open: try await InterviewDesk(store: store).openInterviews(assessor: account.login.rawValue),
                candidates: try await store.candidates(), stages: stages(context.language), csrfToken: context.sessions.session?.csrfToken,
                label: label)
            page.reminders = try await reminders(account, strings: strings, language: context.language, label: label)
        }
        return ConsolePage(title: strings[.candidates], bodyClass: "candidates-page", content: page).response(context: context)
    }

    /// The overdue sessions of group sittings: everyone's for a chair, the reader's own otherwise.
    private func reminders(
        _ account: Account, strings: ConsoleStrings, language: ContentLanguage, label: CandidateNames
    ) async throws -> RemindersSection? {
        let chair = account.may(.runGroupSittings)
        let due = try await GroupSittingDesk(store: store, library: library)
            .reminders(now: settings.clock(), observer: chair ? nil : account.login.rawValue)
        guard !due.isEmpty else { return nil }
        let names = Dictionary(try await store.accounts().map { ($0.login.rawValue, $0.displayName) }, uniquingKeysWith: { first, _ in first })
        var entries: [RemindersSection.Entry] = []
        for reminder in due {
            entries.append(.init(reminder: reminder, observer: names[reminder.observer] ?? reminder.observer,
                                 candidate: label(try await store.candidate("id:\(reminder.candidate)")),
                                 stage: library.guide(reminder.guide)?.title.text(in: language) ?? reminder.guide))
        }
        return RemindersSection(strings: strings, entries: entries, chair: chair)
    }

    /// The stages of every profile whose guide the workspace has, to start an interview of: the
    /// process, then the stages after the decision (the reference check, the offer), marked so.
    private func stages(_ language: ContentLanguage) -> [(profile: String, title: String, stages: [StartInterviewForm.Stage])] {
        let strings = ConsoleStrings(language)
        return library.profiles.compactMap { profile in
            let guides = profile.process.map { ($0.guide, false) } + profile.afterDecision.map { ($0.guide, true) }
            let stages = guides.compactMap { id, after in
                library.guides.first { $0.id == id }.map {
                    let title = $0.title.text(in: language)
                    return StartInterviewForm.Stage(profile: profile.id, guide: $0.id,
                                                    label: after ? strings(.afterDecisionStage, ["stage": title]) : title)
                }
            }
            return stages.isEmpty ? nil : (profile.id, profile.title.text(in: language), stages)
        }
    }
}
