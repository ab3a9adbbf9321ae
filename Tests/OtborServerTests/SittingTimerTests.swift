import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServices
import Testing

/// The chair's exercise timer: started from the board page or the API by hr, shown on the board
/// (counted down by `board.js` from `data-ends`) and on each observer's scoring page; overdue
/// reminders run from its planned end.
struct SittingTimerTests {
    @Test("the chair starts the timer on the board page; the board, the API and the observer's page show it; overdue runs from its end")
    func timer() async throws {
        let (fixture, _, opened) = try await WashupPageTests.open()
        let start = fixture.clock.now(), end = fixture.clock.now().addingTimeInterval(3600)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = fixture.settings.timeZone
        let shown = { (date: Date) in String(format: "%d:%02d", calendar.component(.hour, from: date), calendar.component(.minute, from: date)) }
        let running = "Упражнение началось в \(shown(start)), закончится в \(shown(end))."
        try await fixture.test { client in
            let hr = try await client.signIn("hr")
            let board = "/group-sittings/\(opened.id)"
            let before = String(buffer: try await client.execute(uri: board, method: .get, headers: hr.headers).body)
            #expect(before.contains("Таймер упражнения ещё не запущен.") && before.contains("id=\"start-timer\""))
            let started = try await client.post(board + "/timer", form: [("_csrf", hr.csrf)], headers: hr.headers)
            #expect(started.status == .seeOther && started.headers[.location] == board)
            let after = String(buffer: try await client.execute(uri: board, method: .get, headers: hr.headers).body)
            // The fixture's clock stands still; `mixed` runs 60 minutes.
            #expect(after.contains(running) && after.contains("data-ends=\"\(StoreTime.format(end))\""))

            let observer = try await client.signIn("assessor")
            let session = try #require(opened.sessions.first { $0.session.assessor == "assessor" }).session.id
            #expect(String(buffer: try await client.execute(uri: board, method: .get, headers: observer.headers).body).contains("id=\"start-timer\"") == false)
            let page = String(buffer: try await client.execute(uri: "/interviews/\(session)", method: .get, headers: observer.headers).body)
            #expect(page.contains("<span class=\"sitting-timer-note\">\(running)</span>"))

            let api = InterviewAPIClient(client: client, token: try fixture.token("hr"))
            let json = try InterviewAPIClient.object(try await api.call(.get, "/api/v1/group-sittings/\(opened.id)/board"))
            #expect((json["timer"] as? [String: Any])?["endsAt"] as? String == StoreTime.format(end))
            let assessorAPI = InterviewAPIClient(client: client, token: try fixture.token("assessor"))
            #expect(try await assessorAPI.call(.post, "/api/v1/group-sittings/\(opened.id)/timer").status == .forbidden)
        }
        // Overdue an hour after the planned end, not before.
        let desk = GroupSittingDesk(store: fixture.store, library: ConsoleFixture.library)
        #expect(try await desk.board(opened.id, now: end.addingTimeInterval(3600 - 1)).rows.allSatisfy { !$0.overdue })
        #expect(try await desk.board(opened.id, now: end.addingTimeInterval(3600 + 1)).rows.allSatisfy(\.overdue))
        let lines = try fixture.store.auditLog(subject: "group-sitting:\(opened.id)").map { "\($0.action.rawValue) \($0.actor)" }
        #expect(lines == ["group-sitting.open hr", "group-sitting.timer hr"])
    }
}

/// The start page reminds of overdue group-sitting sessions: the chair sees every observer's,
/// linked to the board; an observer only their own, linked to the interview.
struct ReminderTests {
    @Test("an hour after the exercise ended, the chair and the late observer are reminded on the start page; the one who submitted is not")
    func dashboard() async throws {
        let (fixture, _, opened) = try await WashupPageTests.open()
        _ = try await GroupSittingDesk(store: fixture.store, library: ConsoleFixture.library).startTimer(opened.id, actor: "hr")
        let done = try #require(opened.sessions.first { $0.session.assessor == "second" }).session.id
        try await fixture.store.submit(session: done)
        let late = try #require(opened.sessions.first { $0.session.assessor == "assessor" }).session.id
        try await fixture.test { client in
            let hr = try await client.signIn("hr")
            #expect(!String(buffer: try await client.execute(uri: "/", method: .get, headers: hr.headers).body).contains("class=\"reminders\""))
        }
        fixture.clock.advance(by: 2 * 3600 + 1)
        try await fixture.test { client in
            let hr = try await client.signIn("hr")
            let page = String(buffer: try await client.execute(uri: "/?lang=en", method: .get, headers: hr.headers).body)
            #expect(page.contains("<li data-session=\"\(late)\"><a href=\"/group-sittings/\(opened.id)\">Сотрудник assessor has not submitted"))
            #expect(!page.contains("data-session=\"\(done)\""))
            let observer = try await client.signIn("assessor")
            let own = String(buffer: try await client.execute(uri: "/", method: .get, headers: observer.headers).body)
            #expect(own.contains("<a href=\"/interviews/\(late)\">Отправьте оценки кандидата Анна Петрова"))
            let other = try await client.signIn("second")
            #expect(!String(buffer: try await client.execute(uri: "/", method: .get, headers: other.headers).body).contains("class=\"reminders\""))
        }
    }
}
