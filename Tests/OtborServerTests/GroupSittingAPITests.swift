import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import OtborCore
@testable import OtborServer
import OtborServices
import Testing

/// `POST /api/v1/group-sittings` and its board: the sessions opened per observer and candidate,
/// the refusals worded, and a board that follows the answers and submits without a rating.
struct GroupSittingAPITests {
    static func body(candidates: [Int64], observers: [String: [Int64]], stage: String = "mixed") -> String {
        let watched = observers.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
        return #"{"guide": "\#(stage)", "profile": "ssm", "candidates": \#(candidates), "observers": {\#(watched)}}"#
    }

    @Test("hr sets up a sitting: one session per observer and candidate, sharing the sitting's id; the board follows answers and submits")
    func setUpAndBoard() async throws {
        let fixture = try await ConsoleFixture()
        let anna = try fixture.candidate("Анна Петрова"), boris = try fixture.candidate("Борис Орлов")
        try await fixture.account("second", role: .assessor)
        try await fixture.test { client in
            let hr = InterviewAPIClient(client: client, token: try fixture.token("hr"))
            let created = try await hr.call(.post, "/api/v1/group-sittings",
                                            Self.body(candidates: [anna.rawValue, boris.rawValue],
                                                      observers: ["assessor": [anna.rawValue, boris.rawValue], "second": [anna.rawValue, boris.rawValue]]))
            #expect(created.status == .created, "\(String(buffer: created.body))")
            let sitting = try InterviewAPIClient.object(created)
            let id = try #require(sitting["id"] as? String)
            #expect(id.hasPrefix("group-") && created.headers[.location] == "/api/v1/group-sittings/\(id)/board")
            let sessions = try #require(sitting["sessions"] as? [[String: Any]])
            #expect(sessions.map { "\($0["observer"]!)→\($0["candidate"]!)" }
                == ["assessor→\(anna)", "assessor→\(boris)", "second→\(anna)", "second→\(boris)"])
            let stored = try fixture.store.sessions(candidate: nil, status: nil, groupRun: id)
            #expect(stored.count == 4 && stored.allSatisfy { $0.guide == "mixed" && $0.status == .open })

            // The first observer answers a step and submits one session; the board counts, never rates.
            let observer = InterviewAPIClient(client: client, token: try fixture.token("assessor"))
            let first = try #require(sessions.first?["id"] as? Int)
            #expect(try await observer.put(Int64(first), "conflict", #"{"rating": 5, "note": "ведёт группу"}"#).status == .ok)
            #expect(try await observer.call(.post, "/api/v1/interviews/\(first)/submit", #"{"allowUnanswered": true}"#).status == .ok)
            let board = try await observer.call(.get, "/api/v1/group-sittings/\(id)/board")
            #expect(board.status == .ok)
            let text = String(buffer: board.body)
            #expect(!text.contains("rating") && !text.contains("ведёт группу"))
            let rows = try #require(try InterviewAPIClient.object(board)["sessions"] as? [[String: Any]])
            let firstRow = try #require(rows.first { $0["id"] as? Int == first })
            #expect(firstRow["status"] as? String == "submitted" && firstRow["answered"] as? Int == 1)
            #expect((firstRow["total"] as? Int ?? 0) > 1)
            #expect(rows.filter { $0["status"] as? String == "open" }.count == 3 && rows.count == 4)
            #expect(rows.allSatisfy { $0["overdue"] as? Bool == false })
            // An hour after the planned end, those who have not submitted are overdue.
            fixture.clock.advance(by: 60 * 60 + Double(stored[0].plannedMinutes) * 60 + 1)
            let late = try #require(try InterviewAPIClient.object(try await observer.call(.get, "/api/v1/group-sittings/\(id)/board"))["sessions"]
                as? [[String: Any]])
            #expect(late.filter { $0["overdue"] as? Bool == true }.count == 3 && late.first { $0["id"] as? Int == first }?["overdue"] as? Bool == false)
        }
    }

    @Test("a sitting that falls short is 422 naming what is wrong, in Russian by default and in English on request; nothing is opened",
          arguments: [
              (["assessor": [Int64(1), 2], "second": [1]], "", "за кандидатом 2 наблюдает только assessor; у каждого кандидата должно быть не меньше 2 наблюдателей"),
              (["assessor": [1, 2], "second": [1]], "?lang=en", "candidate 2 is watched by assessor; every candidate needs at least 2 observers"),
              (["assessor": [1, 2], "nobody": [1, 2]], "?lang=en", "No enabled account has the login 'nobody'; those who may observe: admin, assessor, hr, second."),
              (["assessor": [1, 2], "observer": [1, 2]], "?lang=en", "observer is observer and may not rate candidates; observers are assessors, HR or administrators."),
          ])
    func refused(_ observers: [String: [Int64]], _ query: String, _ detail: String) async throws {
        let fixture = try await ConsoleFixture()
        _ = try fixture.candidate("Анна Петрова")
        _ = try fixture.candidate("Борис Орлов")
        try await fixture.account("second", role: .assessor)
        try await fixture.test { client in
            let hr = InterviewAPIClient(client: client, token: try fixture.token("hr"))
            let response = try await hr.call(.post, "/api/v1/group-sittings" + query, Self.body(candidates: [1, 2], observers: observers))
            #expect(response.status == .unprocessableContent)
            #expect(try InterviewAPIClient.detail(response).contains(detail), "\(String(buffer: response.body))")
        }
        #expect(try fixture.store.sessions(candidate: nil, status: nil, groupRun: nil).allSatisfy { $0.groupRun == nil })
    }

    @Test("the board is for hr, admin and the sitting's own observers; another assessor gets 403, an unknown sitting 404")
    func boardAccess() async throws {
        let fixture = try await ConsoleFixture()
        let anna = try fixture.candidate("Анна Петрова")
        try await fixture.account("second", role: .assessor)
        try await fixture.account("outsider", role: .assessor)
        let opened = try await GroupSittingDesk(store: fixture.store, library: ConsoleFixture.library)
            .open(guide: "mixed", profile: "ssm", assignment: GroupAssignment(candidates: [anna], observers: ["assessor": [anna], "second": [anna]]), actor: "hr")
        try await fixture.test { client in
            for (login, status) in [("hr", HTTPResponse.Status.ok), ("admin", .ok), ("second", .ok), ("outsider", .forbidden), ("observer", .forbidden)] {
                let api = InterviewAPIClient(client: client, token: try fixture.token(login))
                #expect(try await api.call(.get, "/api/v1/group-sittings/\(opened.id)/board").status == status, "\(login)")
            }
            let hr = InterviewAPIClient(client: client, token: try fixture.token("hr"))
            #expect(try await hr.call(.get, "/api/v1/group-sittings/group-nothere/board").status == .notFound)
            #expect(try await hr.call(.get, "/api/v1/group-sittings/1/board").status == .notFound)
        }
    }

    /// Collects what a streamed body writes, one chunk at a time.
    struct StreamedChunks: ResponseBodyWriter {
        let chunks: AsyncStream<String>.Continuation

        mutating func write(_ buffer: ByteBuffer) async throws { chunks.yield(String(buffer: buffer)) }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws { chunks.finish() }
    }

    @Test("the board's events: retry, the board at once, then the board again when a session changes; the route streams it")
    func events() async throws {
        let fixture = try await ConsoleFixture()
        let anna = try fixture.candidate("Анна Петрова")
        try await fixture.account("second", role: .assessor)
        let desk = GroupSittingDesk(store: fixture.store, library: ConsoleFixture.library)
        let opened = try await desk.open(guide: "mixed", profile: "ssm",
                                         assignment: GroupAssignment(candidates: [anna], observers: ["assessor": [anna], "second": [anna]]), actor: "hr")
        let submitted = try #require(opened.sessions.first { $0.session.assessor == "second" }).session.id

        // The stream itself, step by step: the submit happens only after the first board was sent.
        let (chunks, continuation) = AsyncStream.makeStream(of: String.self)
        let stream = BoardEvents(desk: desk, id: opened.id, lifetime: .seconds(60), now: fixture.clock.now)
        let task = Task { try await stream.response.body.write(StreamedChunks(chunks: continuation)) }
        var next = chunks.makeAsyncIterator()
        #expect(await next.next() == "retry: 2000\n\n")
        let first = try #require(await next.next())
        #expect(first.hasPrefix("event: board\ndata: {") && first.hasSuffix("}\n\n") && !first.contains(#""status":"submitted""#))
        try fixture.store.submit(session: submitted, addingSeconds: 60)
        var second = try #require(await next.next())
        while second.hasPrefix(":") { second = try #require(await next.next()) }
        #expect(second.hasPrefix("event: board\ndata: ") && second.contains(#""status":"submitted""#), "\(second)")
        #expect(!first.contains("rating") && !second.contains("rating"))
        task.cancel()

        // Through the route, for a caller who may follow the board, until the stream's lifetime ends.
        var settings = fixture.settings
        settings.eventStreamLifetime = .milliseconds(300)
        let app = try await buildApplication(store: fixture.store, library: ConsoleFixture.library, settings: settings,
                                             logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        try await app.test(.router) { client in
            let response = try await InterviewAPIClient(client: client, token: try fixture.token("hr"))
                .call(.get, "/api/v1/group-sittings/\(opened.id)/events")
            #expect(response.status == .ok && response.headers[.contentType] == "text/event-stream; charset=utf-8")
            #expect(String(buffer: response.body).contains(#""status":"submitted""#))
        }
    }

    @Test("the chair's board page: each candidate's observers with status and steps answered, names escaped, the live script; no rating")
    func boardPage() async throws {
        let fixture = try await ConsoleFixture()
        let anna = try fixture.candidate("Анна <b>Петрова</b>")
        try await fixture.account("second", role: .assessor)
        let opened = try await GroupSittingDesk(store: fixture.store, library: ConsoleFixture.library)
            .open(guide: "mixed", profile: "ssm", assignment: GroupAssignment(candidates: [anna], observers: ["assessor": [anna], "second": [anna]]), actor: "hr")
        let second = try #require(opened.sessions.first { $0.session.assessor == "second" }).session.id
        try fixture.store.submit(session: second, addingSeconds: 10)
        try await fixture.test { client in
            let hr = try await client.signIn("hr")
            let response = try await client.execute(uri: "/group-sittings/\(opened.id)", method: .get, headers: hr.headers)
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            #expect(html.contains("Анна &lt;b&gt;Петрова&lt;/b&gt;") && !html.contains("<b>Петрова"))
            #expect(html.contains("<span class=\"summary\">ждём: 1</span>"), "\(html)")
            #expect(html.contains("<td class=\"status\" data-status=\"submitted\">отправлено</td>"))
            #expect(html.contains(">Сотрудник assessor</bdi></td>") && html.contains(">second</bdi></td>"), "observers by their display names")
            #expect(html.contains("data-events=\"/api/v1/group-sittings/\(opened.id)/events\""))
            #expect(html.contains("<script src=\"/static/board.js\""))
            let outsider = try await client.signIn("observer")
            #expect(try await client.execute(uri: "/group-sittings/\(opened.id)", method: .get, headers: outsider.headers).status == .forbidden)
        }
    }

    @Test("an observer's scoring page of a group sitting switches between their candidates of that sitting and links the board")
    func switcher() async throws {
        let fixture = try await ConsoleFixture()
        let anna = try fixture.candidate("Анна Петрова"), boris = try fixture.candidate("Борис Орлов")
        try await fixture.account("second", role: .assessor)
        let opened = try await GroupSittingDesk(store: fixture.store, library: ConsoleFixture.library)
            .open(guide: "mixed", profile: "ssm", assignment: GroupAssignment(candidates: [anna, boris],
                                                                              observers: ["assessor": [anna, boris], "second": [anna, boris]]), actor: "hr")
        let mine = opened.sessions.filter { $0.session.assessor == "assessor" }.map(\.session.id)
        try await fixture.test { client in
            let browser = try await client.signIn("assessor")
            let html = String(buffer: try await client.execute(uri: "/interviews/\(mine[0])", method: .get, headers: browser.headers).body)
            #expect(html.contains("<strong aria-current=\"page\"><bdi class=\"person\">Анна Петрова</bdi></strong>"), "\(html)")
            #expect(html.contains("<a href=\"/interviews/\(mine[1])\" data-status=\"open\"><bdi class=\"person\">Борис Орлов</bdi></a>"))
            #expect(html.contains("<a href=\"/group-sittings/\(opened.id)\">Доска сессии</a>"))
            let other = opened.sessions.first { $0.session.assessor == "second" }!.session.id
            #expect(!html.contains("/interviews/\(other)\""), "another observer's session is not offered")
        }
    }
}
