import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborStore
import Testing

/// A sitting through the pages: started from the candidates page, listed under "my interviews",
/// paused with the sitting's seconds, resumed, red flags recorded, submitted after the
/// confirmation that lists the steps without an answer; then read-only.
struct InterviewSittingPagesTests {
    @Test("start from the candidates page, pause, resume, flag, confirm and submit; the submitted page is read-only")
    func sitting() async throws {
        let fixture = try await ConsoleFixture()
        try fixture.candidate("Анна Петрова")
        try await fixture.test { client in
            let browser = try await client.signIn("assessor")
            let start = String(buffer: try await client.execute(uri: "/", method: .get, headers: browser.headers).body)
            #expect(start.contains("<form method=\"post\" action=\"/interviews\" class=\"start-form\">"))
            #expect(start.contains("<option value=\"1\">1 — Анна Петрова</option>") && start.contains("<option value=\"ssm/mixed\">"))
            #expect(start.contains("Незавершённых интервью нет."))
            let started = try await client.post("/interviews", form: [("_csrf", browser.csrf), ("candidate", "1"), ("stage", "ssm/mixed")],
                                                headers: browser.headers)
            #expect(started.status == .seeOther && started.headers[.location] == "/interviews/2")
            #expect(try fixture.store.session(SessionID(2)).assessor == "assessor")

            _ = try await client.post("/interviews/2/steps/conflict", form: [("_csrf", browser.csrf), ("rating", "5")], headers: browser.headers)
            let paused = try await client.post("/interviews/2/pause", form: [("_csrf", browser.csrf), ("seconds", "90")], headers: browser.headers)
            #expect(paused.status == .seeOther && paused.headers[.location] == "/")
            #expect(try fixture.store.session(SessionID(2)).status == .paused && fixture.store.session(SessionID(2)).activeSeconds == 90)
            let listed = String(buffer: try await client.execute(uri: "/", method: .get, headers: browser.headers).body)
            #expect(listed.contains("<a href=\"/interviews/2\"><bdi class=\"person\">Анна Петрова</bdi> — Mixed</a>"))
            #expect(listed.contains("на паузе · отвечено 1 из 6"))
            let page = String(buffer: try await client.execute(uri: "/interviews/2", method: .get, headers: browser.headers).body)
            #expect(page.contains("action=\"/interviews/2/resume\"") && page.contains("data-earlier=\"90\""))
            #expect(try await client.post("/interviews/2/resume", form: [("_csrf", browser.csrf)], headers: browser.headers).status == .seeOther)
            #expect(try fixture.store.session(SessionID(2)).status == .open)

            let flagged = try await client.post("/interviews/2/red-flags", form: [("_csrf", browser.csrf), ("flag", "late")], headers: browser.headers)
            #expect(flagged.headers[.location] == "/interviews/2#finish")
            #expect(try fixture.store.redFlags(session: SessionID(2)).map(\.flag) == ["late"])
            // The form shows the recorded flag ticked, and posting it unticked takes it back.
            let ticked = String(buffer: try await client.execute(uri: "/interviews/2", method: .get, headers: browser.headers).body)
            #expect(ticked.contains("<input type=\"checkbox\" name=\"flag\" value=\"late\" checked=\"checked\"/>"))
            let unticked = try await client.post("/interviews/2/red-flags", form: [("_csrf", browser.csrf)], headers: browser.headers)
            #expect(try unticked.status == .seeOther && fixture.store.redFlags(session: SessionID(2)).isEmpty)
            _ = try await client.post("/interviews/2/red-flags", form: [("_csrf", browser.csrf), ("flag", "late")], headers: browser.headers)
            #expect(try fixture.store.redFlags(session: SessionID(2)).map(\.flag) == ["late"])

            let confirm = try await client.post("/interviews/2/submit", form: [("_csrf", browser.csrf), ("seconds", "30")], headers: browser.headers)
            let question = String(buffer: confirm.body)
            #expect(confirm.status == .ok && question.contains("Отправить интервью?"))
            #expect(question.contains("<a href=\"/interviews/2#step-2\">Шаг 2 — Angry</a>") || question.contains("#step-2\">Шаг 2"))
            #expect(!question.contains("#step-1\""))
            #expect(question.contains("<input type=\"hidden\" name=\"seconds\" value=\"30\"/><input type=\"hidden\" name=\"confirmed\" value=\"yes\"/>"))
            #expect(try fixture.store.session(SessionID(2)).status == .open)
            let submitted = try await client.post("/interviews/2/submit", form: [("_csrf", browser.csrf), ("seconds", "30"), ("confirmed", "yes")],
                                                  headers: browser.headers)
            #expect(submitted.status == .seeOther && submitted.headers[.location] == "/interviews/2")
            let session = try fixture.store.session(SessionID(2))
            #expect(session.status == .submitted && session.activeSeconds == 120)

            let locked = String(buffer: try await client.execute(uri: "/interviews/2", method: .get, headers: browser.headers).body)
            #expect(locked.contains("Интервью отправлено") && locked.contains("<fieldset class=\"step-body\" disabled=\"disabled\">"))
            #expect(!locked.contains("name=\"_csrf\" value=\"\(browser.csrf)\"/><fieldset") && !locked.contains("interview.js"))
            let late = try await client.post("/interviews/2/steps/conflict", form: [("_csrf", browser.csrf), ("rating", "1")], headers: browser.headers)
            #expect(late.status == .conflict)
        }
    }

    @Test("a colleague's submitted interview is shown read-only to hr; an assessor's own open one is hidden from another assessor")
    func readOnly() async throws {
        let fixture = try await ConsoleFixture()
        let candidate = try fixture.candidate("Анна Петрова")
        _ = try fixture.session(candidate, assessor: "assessor")
        try fixture.store.record(RecordedAnswer(step: InterviewStep(key: "conflict")!, value: .rating(4), note: "факт"), session: SessionID(2))
        try await fixture.account("second", role: .assessor)
        try await fixture.test { client in
            let hr = try await client.signIn("hr")
            let html = String(buffer: try await client.execute(uri: "/interviews/2", method: .get, headers: hr.headers).body)
            #expect(html.contains("Это интервью асессора assessor: вы видите его только для чтения."))
            #expect(html.contains("<input type=\"radio\" name=\"rating\" value=\"4\" checked=\"checked\"/>") && html.contains(">факт</textarea>"))
            #expect(!html.contains("step-actions\"><a class=\"back\"") && !html.contains("interview.js"))
            let second = try await client.signIn("second")
            #expect(try await client.execute(uri: "/interviews/2", method: .get, headers: second.headers).status == .forbidden)
        }
    }
}
