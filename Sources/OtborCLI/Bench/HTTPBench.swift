import Foundation
import Logging
import OtborCore
import OtborServer
import OtborServices
import OtborStore

/// The HTTP section of `otbor bench`: the console in this process on a free loopback port, and
/// `assessors` concurrent assessors, each with an account, a token and an open interview, saving
/// answers through `PUT /api/v1/interviews/{id}/answers/{step}` (every tenth save followed by a
/// load of the scoring page) until `requests` answers are sent. Then the store is asked what it
/// kept: every acknowledged answer must have left its `answer.record` line, and every step must
/// hold the last answer acknowledged for it. With `boards` > 0 (the live part, `HTTPBench+Boards`)
/// the assessors' sessions belong to group sittings, board connections follow them, and each
/// assessor submits its session after its last answer.
struct HTTPBench {
    var library: ContentLibrary
    var assessors: Int
    var requests: Int
    /// An assessor's pause after each answer before the next, in milliseconds (each pause drawn
    /// between half and one and a half of it); 0 sends back to back.
    var pauseMilliseconds: Int
    var seed: UInt64
    /// Board connections of the live part; 0 leaves it out (no sittings, no submits).
    var boards = 0
    /// Where its campaign lives (the engine of the rest of the bench).
    var databases: any BenchDatabases
    var progress: (String) -> Void

    /// Concurrent assessors unless told otherwise, and answers sent by all of them together.
    static let defaultAssessors = 50
    static let defaultRequests = 2_000
    /// A person scoring by keyboard gives an answer every few seconds at the fastest; the bench's
    /// assessors answer four times a second each, 200 answers a second together.
    static let defaultPauseMilliseconds = 250
    /// Board connections open while the assessors save and submit.
    static let defaultBoards = 20
    /// An assessor loads the scoring page after every this many saves.
    static let savesPerPageLoad = 10
    /// A bcrypt hash no password matches: bench accounts only ever use their tokens.
    static let noPassword = "$2b$04$otbor.bench.account.has.no.password.at.all"

    /// One assessor's open interview and token.
    struct Sitting: Sendable {
        var index: Int
        var session: SessionID
        var token: String
    }

    /// What one assessor saw: latencies, acknowledged and refused saves, and the last acknowledged
    /// answer of each step (rating and note, by step key).
    struct Outcome: Sendable {
        var index: Int
        var saves: [Double] = []
        var pages: [Double] = []
        var acknowledged = 0
        var refused = 0
        var last: [String: Last] = [:]
        /// The session submitted after the last answer, when the start of its submit request, and how long it took.
        var submitted: Int64?
        var submitStart: Double?
        var submitMilliseconds: Double?

        struct Last: Sendable, Equatable {
            var rating: Int
            var note: String
        }
    }

    func measure() async throws -> HTTPBenchFigures {
        progress("[http] \(assessors) assessors, accounts, tokens and interviews…")
        let campaign = try SyntheticCampaign(library: library, candidates: assessors, seed: seed)
        let name = "http-\(assessors)"
        let ids = try await databases.create(name, people: (0..<assessors).map(campaign.person))
        let store = try await databases.open(name)
        let stage = campaign.stages[0]
        let (sittings, groups, chair) = try await open(ids, profile: campaign.profile.id, guide: stage.guide.id, store: store)

        let logger = Logger(label: "otbor.bench.http") { _ in SwiftLogNoOpLogHandler() }
        let (ports, announce) = AsyncStream.makeStream(of: Int.self)
        let app = try await buildApplication(store: store, library: library, settings: ConsoleSettings(host: "127.0.0.1", port: 0),
                                             logger: logger) { port in
            announce.yield(port)
            announce.finish()
        }
        let (result, seconds) = try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService(gracefulShutdownSignals: []) }
            var next = ports.makeAsyncIterator()
            guard let port = await next.next() else { throw BenchError("the console did not start") }
            progress("[http] the console listens on 127.0.0.1:\(port); \(requests) answers from \(assessors) assessors, a pause of \(pauseMilliseconds) ms after each…")
            let steps = stage.steps.map(\.key)
            var seconds = 0.0
            func timed() async throws -> [Outcome] {
                let start = BenchClock.now()
                let outcomes = try await load(port: port, sittings: sittings, steps: steps, submit: chair != nil)
                seconds = BenchClock.now() - start
                return outcomes
            }
            let result: ([Outcome], BoardLatencyFigures?)
            if let chair {
                result = try await watch(groups, port: port, token: chair) { try await timed() }
            } else {
                result = (try await timed(), nil)
            }
            group.cancelAll()
            return (result, seconds)
        }
        let (outcomes, live) = result
        progress("[http] counting what the database kept…")
        let (stored, stale) = try await check(outcomes, sittings: sittings, store: store)
        try await databases.remove(name, store: store)
        let acknowledged = outcomes.reduce(0) { $0 + $1.acknowledged }
        let saves = outcomes.flatMap(\.saves), pages = outcomes.flatMap(\.pages)
        return HTTPBenchFigures(
            assessors: assessors, pauseMilliseconds: pauseMilliseconds, requests: saves.count, answersPerSecond: Double(acknowledged) / seconds,
            answerSaveMilliseconds: .init(p50: BenchClock.percentile(saves, 50), p99: BenchClock.percentile(saves, 99)),
            pageLoads: pages.count,
            interviewPageMilliseconds: .init(p50: BenchClock.percentile(pages, 50), p99: BenchClock.percentile(pages, 99)),
            acknowledged: acknowledged, stored: stored, stale: stale, refused: outcomes.reduce(0) { $0 + $1.refused }, boardEvents: live)
    }

    /// An assessor account and its token for each candidate, through the services the console and
    /// `otbor users` use, and each assessor's session of the first stage: its own interview of its
    /// candidate, or with boards its place in a group sitting (``openSittings``), followed by an hr
    /// account's token for the boards.
    private func open(_ ids: [CandidateID], profile: String, guide: String,
                      store: any CampaignStore) async throws -> (sittings: [Sitting], groups: [Group], chair: String?) {
        let accounts = AccountDesk(store: store)
        func account(_ name: String, _ display: String, role: Role) async throws -> (LoginName, String) {
            guard let login = LoginName(name) else { throw BenchError("bad bench login \(name)") }
            _ = try await accounts.add(NewAccount(login: login, displayName: display, role: role), passwordHash: Self.noPassword, actor: "otbor bench")
            return (login, try await store.issueToken(login: login, actor: "otbor bench"))
        }
        var logins: [LoginName] = [], tokens: [String] = []
        for index in ids.indices {
            let (login, token) = try await account(String(format: "bench-%03d", index + 1), "Bench Assessor \(index + 1)", role: .assessor)
            logins.append(login)
            tokens.append(token)
        }
        if boards > 0 {
            let (sessions, groups) = try await openSittings(ids, logins: logins, profile: profile, guide: guide, store: store)
            let chair = try await account("bench-chair", "Bench Chair", role: .hr).1
            return (sessions.indices.map { Sitting(index: $0, session: sessions[$0], token: tokens[$0]) }, groups, chair)
        }
        let desk = InterviewDesk(store: store)
        var sittings: [Sitting] = []
        for (index, id) in ids.enumerated() {
            let plan = try await desk.plan(candidate: id.description, profile: profile, guide: guide, in: library)
            let session = try await desk.start(plan, assessor: logins[index].rawValue)
            sittings.append(Sitting(index: index, session: session.id, token: tokens[index]))
        }
        return (sittings, [], nil)
    }

    /// Every assessor at once on its own keep-alive connection; `requests` saves shared out evenly.
    private func load(port: Int, sittings: [Sitting], steps: [String], submit: Bool) async throws -> [Outcome] {
        try await withThrowingTaskGroup(of: Outcome.self) { group in
            for sitting in sittings {
                let count = requests / sittings.count + (sitting.index < requests % sittings.count ? 1 : 0)
                group.addTask { [seed, pauseMilliseconds] in
                    try await BenchLoopbackClient.run(port: port) { client in
                        try await Self.assess(sitting, saves: count, steps: steps, pause: pauseMilliseconds, seed: seed, submit: submit, client: client)
                    }
                }
            }
            var outcomes: [Outcome] = []
            for try await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
    }

    /// One assessor: `saves` answers to the steps in turn, a page load after every tenth, a pause
    /// of about `pause` milliseconds after each answer; then, if `submit`, one more pause and the
    /// submit (unanswered steps as not assessed), which must be acknowledged.
    private static func assess(_ sitting: Sitting, saves: Int, steps: [String], pause: Int, seed: UInt64, submit: Bool,
                               client: BenchLoopbackClient) async throws -> Outcome {
        var random = SplitMix64(seed: seed ^ UInt64(sitting.index + 1) &* 0x9E37_79B9)
        var outcome = Outcome(index: sitting.index)
        let base = "/api/v1/interviews/\(sitting.session)/answers/"
        for save in 0..<saves {
            if pause > 0 {
                // Half to one and a half of the pause, so that the assessors do not answer in step.
                let milliseconds = pause / 2 + Int(random.next() % UInt64(pause + 1))
                try await Task.sleep(for: .milliseconds(milliseconds))
            }
            let key = steps[save % steps.count]
            let answer = Outcome.Last(rating: 1 + Int(random.next() % 5), note: "bench \(sitting.index) \(save)")
            let path = base + (key.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? key)
            let start = BenchClock.now()
            let reply = try await client.send(.PUT, path, token: sitting.token,
                                              json: "{\"rating\": \(answer.rating), \"note\": \"\(answer.note)\"}")
            outcome.saves.append((BenchClock.now() - start) * 1000)
            if (200..<300).contains(reply.status) {
                outcome.acknowledged += 1
                outcome.last[key] = answer
            } else {
                outcome.refused += 1
            }
            if save % savesPerPageLoad == savesPerPageLoad - 1 {
                let start = BenchClock.now()
                let page = try await client.send(.GET, "/interviews/\(sitting.session)", token: sitting.token)
                outcome.pages.append((BenchClock.now() - start) * 1000)
                guard page.status == 200, page.body.contains("<form") else {
                    throw BenchError("the scoring page /interviews/\(sitting.session) answered \(page.status)")
                }
            }
        }
        if submit {
            if pause > 0 { try await Task.sleep(for: .milliseconds(pause / 2 + Int(random.next() % UInt64(pause + 1)))) }
            let path = "/api/v1/interviews/\(sitting.session)/submit"
            let start = BenchClock.now()
            let reply = try await client.send(.POST, path, token: sitting.token, json: "{\"allowUnanswered\": true}")
            guard reply.status == 200 else { throw BenchError("POST \(path) answered \(reply.status): \(reply.body)") }
            outcome.submitted = sitting.session.rawValue
            outcome.submitStart = start
            outcome.submitMilliseconds = (BenchClock.now() - start) * 1000
        }
        return outcome
    }

    /// The `answer.record` lines of the bench's sessions, and the steps whose stored answer is
    /// not the last one acknowledged.
    private func check(_ outcomes: [Outcome], sittings: [Sitting], store: any CampaignStore) async throws -> (stored: Int, stale: Int) {
        var stored = 0
        for sitting in sittings {
            stored += try await store.auditLog(subject: "session:\(sitting.session)").filter { $0.action == .answerRecord }.count
        }
        var stale = 0
        for outcome in outcomes {
            let session = sittings[outcome.index].session
            guard let detail = try await store.sessionDetails([session]).first else { throw BenchError("session \(session) is gone") }
            for (key, last) in outcome.last {
                let kept = Outcome.Last(rating: (detail.answers.ratings[key] ?? nil) ?? 0, note: detail.notes[key] ?? "")
                if kept != last { stale += 1 }
            }
        }
        return (stored, stale)
    }
}
