import Hummingbird
import OtborCore
import OtborReport
import OtborServices
import OtborStore

/// The reports in the console, for those who read them (admin, hr, observer): the same documents
/// `otbor report` writes, built by ``ReportAssembler`` and rendered by OtborReport in the page's
/// language, linking each other by console routes instead of file names.
///
/// `GET /reports` is the index (as `otbor report all`: every profile applied for),
/// `/reports/candidates/{id}[?profile=]`, `/reports/compare/{profile}`, `/reports/raters/{profile}`.
struct ReportRoutes {
    let campaign: Campaign
    let settings: ConsoleSettings

    /// The console routes the reports link to.
    enum Link {
        static let index = "/reports"
        static func candidate(_ id: String) -> String { "/reports/candidates/" + id }
        static func comparison(_ profile: String) -> String? { path("/reports/compare/", profile) }
        static func raters(_ profile: String) -> String? { path("/reports/raters/", profile) }

        /// `prefix` and the profile id when the id needs no escaping in a path; a report leaves
        /// any other link out (``ReportLink``).
        private static func path(_ prefix: String, _ profile: String) -> String? {
            let link = prefix + profile
            return ReportLink.isSafe(link) && !profile.contains("/") && !profile.contains("?") ? link : nil
        }
    }

    func add(to router: Router<ConsoleContext>) {
        router.get("reports") { _, context in try await self.index(context: context) }
        router.get("reports/candidates/:id") { request, context in try await self.candidate(request, context: context) }
        router.get("reports/compare/:profile") { _, context in try await self.comparison(context: context) }
        router.get("reports/raters/:profile") { _, context in try await self.raters(context: context) }
    }

    private func assembler() -> ReportAssembler {
        ReportAssembler(store: campaign.store, library: campaign.library, now: settings.clock(), timeZone: settings.timeZone)
    }

    private func index(context: ConsoleContext) async throws -> Response {
        _ = try context.require(.readReports)
        let assembler = assembler()
        var profiles: [IndexReportInput.Profile] = []
        for id in try await campaign.appliedProfiles() {
            guard let (profile, evidence) = try await campaign.reported(profile: id) else { continue }
            profiles.append(try await assembler.indexProfile(
                profile: profile, evidence: evidence, comparisonFile: Link.comparison(profile.id), ratersFile: Link.raters(profile.id),
                reportFile: { Link.candidate($0) }))
        }
        let input = assembler.index(title: "Otbor", profiles: profiles)
        return ReportResponse(IndexReport(input, language: context.language).render(), context: context).response
    }

    private func candidate(_ request: Request, context: ConsoleContext) async throws -> Response {
        _ = try context.require(.readReports)
        guard let text = context.parameters.get("id"), text.allSatisfy(\.isASCII), let id = Int64(text), id > 0 else {
            throw ConsoleError.notFound
        }
        let person = try await campaign.store.candidate(String(id))
        let profile = request.uri.queryParameters["profile"].map(String.init)
        guard let evidence = try await campaign.evidence(candidate: person, explicit: profile) else { throw ConsoleError.notFound }
        let input = try await assembler().candidate(evidence)
        return ReportResponse(CandidateReport(input, language: context.language).render(), context: context).response
    }

    private func comparison(context: ConsoleContext) async throws -> Response {
        _ = try context.require(.readReports)
        let (profile, evidence) = try await reported(context)
        let input = try await assembler().comparison(profile: profile, evidence: evidence, reportFile: { Link.candidate($0) })
        return ReportResponse(ComparisonReport(input, language: context.language).render(), context: context).response
    }

    private func raters(context: ConsoleContext) async throws -> Response {
        _ = try context.require(.readReports)
        let (profile, evidence) = try await reported(context)
        let report = RatersReport(assembler().raters(profile: profile, evidence: evidence), language: context.language)
        return ReportResponse(report.render(), context: context).response
    }

    /// The profile of the path, when someone applied for it, with its evidence.
    private func reported(_ context: ConsoleContext) async throws -> (JobProfile, [CandidateEvidence]) {
        guard let id = context.parameters.get("profile"), try await campaign.appliedProfiles().contains(id),
              let reported = try await campaign.reported(profile: id) else { throw ConsoleError.notFound }
        return reported
    }
}
