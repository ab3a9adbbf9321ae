import Foundation
import Hummingbird
import OtborCore
import OtborServices
import OtborStore

/// The administrators' pages: `GET /admin/users` (``UsersPage``), `POST /admin/users` (`login`,
/// `name`, `role`, `password` → ``AccountDesk/add(_:passwordHash:actor:)``, the password by
/// ``PasswordRule``), `POST /admin/users/{login}/disable` (``AccountDesk/disable(_:actor:)``), each
/// answered with a 303 to the list; and `GET /admin/audit[?page=N]` (``AuditPage``). Changes are
/// audited with the administrator's login.
struct AdminPages {
    let store: any CampaignStore
    let settings: ConsoleSettings

    var desk: AccountDesk { AccountDesk(store: store) }

    func add(to router: Router<ConsoleContext>) {
        let group = router.group("admin")
        group.get("users") { _, context in try await self.users(context: context) }
        group.post("users") { request, context in try await self.addAccount(request, context: context) }
        group.post("users/:login/disable") { _, context in try await self.disable(context: context) }
        group.get("audit") { request, context in try await self.audit(request, context: context) }
    }

    private func users(context: ConsoleContext) async throws -> Response {
        let account = try context.require(.manageAccounts)
        let strings = ConsoleStrings(context.language)
        let page = UsersPage(strings: strings, accounts: try await desk.accounts(), me: account.login,
                             csrfToken: context.sessions.session?.csrfToken)
        return ConsolePage(title: strings[.users], bodyClass: "users-page", content: page).response(context: context)
    }

    private func addAccount(_ request: Request, context: ConsoleContext) async throws -> Response {
        let account = try context.require(.manageAccounts)
        let strings = ConsoleStrings(context.language)
        let fields = try await InterviewPages.form(request)
        let text = fields["login"] ?? ""
        guard let login = LoginName(text) else { throw ConsoleError.unprocessable(LoginName.problem(text).map(strings.loginProblem) ?? strings[.loginRule]) }
        guard let role = fields["role"].flatMap(Role.init(rawValue:)) else {
            throw ConsoleError.unprocessable(strings(.roleAccepted, ["accepted": Role.allCases.map(\.rawValue).joined(separator: ", ")]))
        }
        let new = NewAccount(login: login, displayName: fields["name"] ?? "", role: role)
        let password = fields["password"] ?? ""
        if let problem = PasswordRule.problem(password) { throw ConsoleError.unprocessable(strings.passwordProblem(problem)) }
        if let problem = new.problem { throw ConsoleError.unprocessable(strings.accountProblem(problem)) }
        try await desk.check(new)
        _ = try await desk.add(new, passwordHash: try await settings.passwords.hash(password), actor: account.login.rawValue)
        return InterviewPages.redirect("/admin/users")
    }

    private func disable(context: ConsoleContext) async throws -> Response {
        let account = try context.require(.manageAccounts)
        guard let text = context.parameters.get("login"), let login = LoginName(text), login != account.login else { throw ConsoleError.notFound }
        try await desk.disable(login, actor: account.login.rawValue)
        return InterviewPages.redirect("/admin/users")
    }

    private func audit(_ request: Request, context: ConsoleContext) async throws -> Response {
        _ = try context.require(.readAuditLog)
        let strings = ConsoleStrings(context.language)
        let entries = try await store.auditLog()
        let pages = max(1, (entries.count + AuditPage.pageSize - 1) / AuditPage.pageSize)
        let page = min(max(1, request.uri.queryParameters["page"].flatMap { Int(String($0)) } ?? 1), pages)
        let newestFirst = entries.sorted { ($0.at, $0.id) > ($1.at, $1.id) }
        let shown = Array(newestFirst.dropFirst((page - 1) * AuditPage.pageSize).prefix(AuditPage.pageSize))
        let content = AuditPage(strings: strings, entries: shown, page: page, pages: pages, timeZone: settings.timeZone)
        return ConsolePage(title: strings[.auditLog], bodyClass: "audit-page", content: content).response(context: context)
    }
}
