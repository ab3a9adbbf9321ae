import Hummingbird
import HummingbirdAuth
import Logging
import NIOCore
import OtborCore
import OtborServices
import OtborStore

/// The console as a Hummingbird application over `store` and the workspace's content
/// (`library`: the profiles and guides interviews start from): the pages, the JSON API, sign-in,
/// sessions kept in the store, and the middleware every request passes (request log, security
/// headers, language, errors, session, authentication, CSRF). Tests call it and use
/// `app.test(.router)`; `otbor serve` runs it. `onServerRunning` gets the port actually bound.
public func buildApplication(
    store: any CampaignStore, library: ContentLibrary, settings: ConsoleSettings, logger: Logger,
    onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let sessions = StorePersistDriver(store: store, clock: settings.clock)
    return Application(
        router: try await consoleRouter(store: store, library: library, settings: settings, sessions: sessions),
        configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port), serverName: nil),
        services: [sessions],
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? settings.port) },
        logger: logger)
}

/// The console's router, as ``buildApplication(store:library:settings:logger:onServerRunning:)``
/// serves it: tests read its ``Router/routes`` against the OpenAPI document.
public func buildRouter(store: any CampaignStore, library: ContentLibrary, settings: ConsoleSettings) async throws -> Router<ConsoleContext> {
    try await consoleRouter(store: store, library: library, settings: settings,
                            sessions: StorePersistDriver(store: store, clock: settings.clock))
}

/// The router: its middleware in order and every route.
func consoleRouter(
    store: any CampaignStore, library: ContentLibrary, settings: ConsoleSettings, sessions: StorePersistDriver
) async throws -> Router<ConsoleContext> {
    let router = Router(context: ConsoleContext.self)
    router.middlewares.add(StoreThreadsMiddleware())
    router.middlewares.add(RequestLogMiddleware())
    router.middlewares.add(SecurityHeadersMiddleware())
    router.middlewares.add(LanguageMiddleware())
    router.middlewares.add(ErrorMiddleware())
    router.middlewares.add(SessionMiddleware(storage: sessions, configuration: SessionMiddlewareConfiguration(
        sessionCookieParameters: SessionCookieParameters(name: "otbor_session", path: "/", secure: settings.secureCookies, sameSite: .strict),
        keyPrefix: "", defaultSessionExpiration: settings.sessionLifetime)))
    router.middlewares.add(AuthenticationMiddleware(store: store))
    router.middlewares.add(CSRFMiddleware())

    router.get("static/console.css") { _, _ in
        Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                 body: .init(byteBuffer: ByteBuffer(string: ConsoleStyle.css)))
    }
    let decoy = try await settings.passwords.hash(ConsoleSession.newCSRFToken())
    SignInRoutes(store: store, settings: settings, throttle: SignInThrottle(limit: settings.signInLimit, clock: settings.clock),
                 decoy: decoy).add(to: router)
    CandidateRoutes(store: store, library: library, settings: settings).add(to: router)
    InterviewPages(store: store, library: library, settings: settings).add(to: router)
    CandidateAPI(store: store, settings: settings).add(to: router)
    ScorecardAPI(campaign: Campaign(library: library, store: store)).add(to: router)
    ReportRoutes(campaign: Campaign(library: library, store: store), settings: settings).add(to: router)
    CandidatePages(campaign: Campaign(library: library, store: store), settings: settings).add(to: router)
    AdminPages(store: store, settings: settings).add(to: router)
    InterviewAPI(store: store, library: library).add(to: router)
    GroupSittingAPI(store: store, library: library, settings: settings).add(to: router)
    GroupSittingPages(store: store, library: library, settings: settings).add(to: router)
    SittingSetupRoutes(store: store, library: library, settings: settings).add(to: router)
    WashupAPI(campaign: Campaign(library: library, store: store)).add(to: router)
    ConflictAPI(store: store).add(to: router)
    OpenAPIRoute().add(to: router)
    return router
}
