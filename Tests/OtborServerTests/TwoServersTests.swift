import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import OtborCore
@testable import OtborServer
import OtborServices
import OtborStore
import OtborStorePostgres
import OtborTestSupport
import Testing

/// Two consoles (`otbor serve` applications in this process, each with its own store and
/// connection pool) on one PostgreSQL database, as behind a load balancer.
@Suite("Two servers, one PostgreSQL database")
struct TwoServersTests {
    static let savesEach = 20

    @Test("answers saved through either server are all kept once; a session submitted through one is locked for both, with the same refusal")
    func answersAndLock() async throws {
        guard let pair = try await ServerPair.make() else { return }
        let candidate = try await pair.a.addCandidate(NewCandidate(name: "Анна Петрова", consentDate: "2026-11-01"), actor: "hr").id
        let session = try await pair.a.startSession(candidate: candidate, profile: ConsoleFixture.profile, guide: MixedGuide.guide,
                                                    assessor: "assessor").id
        let token = try await pair.a.issueToken(login: LoginName("assessor")!, actor: "setup")
        let steps = MixedGuide.guide.steps.filter { if case .rating = $0.kind { true } else { false } }.map(\.key)
        try #require(steps.count >= 2)
        let (appA, appB) = (try await pair.application(pair.a), try await pair.application(pair.b))
        try await appA.test(.router) { clientA in
            try await appB.test(.router) { clientB in
                let viaA = InterviewAPIClient(client: clientA, token: token), viaB = InterviewAPIClient(client: clientB, token: token)
                // Both servers at once, each on its own step; a save is acknowledged by 200.
                async let savedA = Self.save(viaA, session: session, step: steps[0], offset: 0)
                async let savedB = Self.save(viaB, session: session, step: steps[1], offset: 2)
                let (lastA, lastB) = try await (savedA, savedB)
                let ratings = try await pair.b.answers(session: session).ratings
                #expect(ratings == [steps[0]: lastA, steps[1]: lastB])
                let lines = try await pair.a.auditLog(subject: "session:\(session)").filter { $0.action == .answerRecord }
                #expect(lines.count == 2 * Self.savesEach, "every acknowledged save audited once: \(lines.count)")

                #expect(try await viaB.call(.post, "/api/v1/interviews/\(session)/submit", #"{"allowUnanswered": true}"#).status == .ok)
                let refusedA = try await viaA.put(session.rawValue, steps[0], #"{"rating": 1}"#)
                let refusedB = try await viaB.put(session.rawValue, steps[0], #"{"rating": 1}"#)
                #expect(refusedA.status == .conflict && refusedB.status == .conflict)
                #expect(String(buffer: refusedA.body) == String(buffer: refusedB.body), "the same refusal through either server")
                #expect(try await pair.a.answers(session: session).ratings == [steps[0]: lastA, steps[1]: lastB])
            }
        }
        await pair.shutdown()
    }

    @Test("the group-sitting board stream of one server hears a submit made through the other")
    func boardHearsTheOtherServer() async throws {
        guard let pair = try await ServerPair.make() else { return }
        let candidate = try await pair.a.addCandidate(NewCandidate(name: "Анна Петрова", consentDate: "2026-11-01"), actor: "hr").id
        let deskA = GroupSittingDesk(store: pair.a, library: ConsoleFixture.library)
        let opened = try await deskA.open(guide: "mixed", profile: "ssm",
                                          assignment: GroupAssignment(candidates: [candidate], observers: ["assessor": [candidate], "second": [candidate]]), actor: "hr")
        let submitted = try #require(opened.sessions.first { $0.session.assessor == "second" }).session.id

        // Only a notification can bring the change: the stream's fallback read is an hour away.
        var heardA = pair.a.changeFeed.changes().makeAsyncIterator()
        #expect(await heardA.next() == .resumed, "server A listens")
        let (chunks, continuation) = AsyncStream.makeStream(of: String.self)
        let stream = BoardEvents(desk: deskA, id: opened.id, lifetime: .seconds(60), now: { Date() }, fallback: .seconds(3600))
        let task = Task { try await stream.response.body.write(GroupSittingAPITests.StreamedChunks(chunks: continuation)) }
        var next = chunks.makeAsyncIterator()
        #expect(await next.next() == "retry: 2000\n\n")
        let first = try #require(await next.next())
        #expect(first.hasPrefix("event: board\ndata: {") && !first.contains(#""status":"submitted""#))

        // Submitted through the other server's store: its NOTIFY reaches server A's listener and
        // wakes the stream (how soon is for `otbor bench` to measure, not a timed test).
        let started = ContinuousClock.now
        try await pair.b.submit(session: submitted, addingSeconds: 60)
        var change = await heardA.next()
        while change == .resumed { change = await heardA.next() }
        #expect(change == StoreChange(subject: "session:\(submitted)"), "server A heard server B's commit")
        var second = try #require(await next.next())
        while second.hasPrefix(":") { second = try #require(await next.next()) }
        #expect(second.hasPrefix("event: board\ndata: ") && second.contains(#""status":"submitted""#), "\(second)")
        #expect(ContinuousClock.now - started < .seconds(30), "woken by the notification, not by the hourly fallback")
        task.cancel()
        await pair.shutdown()
    }

    /// `savesEach` ratings of `step` through one server, one after another; the last one acknowledged.
    static func save(_ api: InterviewAPIClient, session: SessionID, step: String, offset: Int) async throws -> Int? {
        var last: Int?
        for index in 0..<savesEach {
            let rating = 1 + (index + offset) % 5
            let response = try await api.put(session.rawValue, step, #"{"rating": \#(rating), "note": "n\#(index)"}"#)
            guard response.status == .ok else { throw ConsoleTestError("save \(index) answered \(response.status): \(String(buffer: response.body))") }
            last = rating
        }
        return last
    }
}

/// Two stores (two pools) on one new database of the test cluster, with the console's accounts.
struct ServerPair: Sendable {
    let a: PostgresStore
    let b: PostgresStore
    let settings = ConsoleSettings(port: 0, passwords: PasswordHasher(cost: 4))

    /// `nil` (a skip, said on standard error) without PostgreSQL binaries, unless `OTBOR_REQUIRE_POSTGRES=1`.
    static func make() async throws -> ServerPair? {
        guard let (cluster, name) = try PostgresCluster.testDatabase("two servers") else { return nil }
        let url = PostgresURL(user: cluster.user, host: cluster.host, port: cluster.port, database: name, sslMode: .disable)
        let pair = ServerPair(a: try PostgresStore(url: url), b: try PostgresStore(url: url))
        let hash = try await pair.settings.passwords.hash(ConsoleFixture.password)
        for login in ["assessor", "second", "hr"] {
            let role: Role = login == "hr" ? .hr : .assessor
            _ = try await pair.a.addAccount(NewAccount(login: LoginName(login)!, displayName: login, role: role), passwordHash: hash, actor: "setup")
        }
        return pair
    }

    func application(_ store: PostgresStore) async throws -> some ApplicationProtocol {
        try await buildApplication(store: store, library: ConsoleFixture.library, settings: settings,
                                   logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    func shutdown() async {
        await a.shutdown()
        await b.shutdown()
    }
}
