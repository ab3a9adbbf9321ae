import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServer
import OtborStore
import OtborTestSupport
import Testing

/// The interview pages without JavaScript: start from the candidates page, answer every kind of
/// step by posting its form (303 to the next step, the answer stored), CSRF, hostile text, pause,
/// resume, red flags, and submit after a confirmation; a submitted interview is read-only.
struct InterviewPagesTests {
    /// Signs in as the assessor with one candidate and the assessor's `mixed` session (id 2; id 1 is Ирина's).
    static func signedIn(_ fixture: ConsoleFixture, _ client: any TestClientProtocol) async throws -> Browser {
        let candidate = try fixture.candidate("Анна Петрова")
        _ = try fixture.session(candidate, assessor: "assessor")
        return try await client.signIn("assessor")
    }

    static func page(_ client: any TestClientProtocol, _ browser: Browser, _ uri: String = "/interviews/2") async throws -> String {
        let response = try await client.execute(uri: uri, method: .get, headers: browser.headers)
        #expect(response.status == .ok && response.headers[.contentType] == "text/html; charset=utf-8")
        return String(buffer: response.body)
    }

    /// A step's form as the page posts it, and where the browser goes next.
    struct Post: Sendable, CustomTestStringConvertible {
        var step: String
        var form: [(String, String)]
        var next: String
        var stored: AnswerValue
        var testDescription: String { step }
    }

    static let posts: [Post] = [
        Post(step: "conflict", form: [("rating", "4"), ("note", "спокойно")], next: "#step-2", stored: .rating(4)),
        Post(step: "conflict", form: [("rating", "n")], next: "#step-2", stored: .rating(nil)),
        Post(step: "angry-client/tone", form: [("rating", "2")], next: "#step-3", stored: .rating(2)),
        Post(step: "angry-client#checklist", form: [("tick", "apologises"), ("tick", "interrupts")], next: "#step-4",
             stored: .checklist(["apologises", "interrupts"])),
        Post(step: "angry-client#checklist", form: [("note", "ничего")], next: "#step-4", stored: .checklist([])),
        Post(step: "discount#responsibility", form: [("option", "adequate")], next: "#step-6", stored: .classification("adequate")),
        Post(step: "day#plan", form: [("order-lunch", "1"), ("minutes-lunch", "30"), ("order-lecture", "2"), ("minutes-lecture", "")],
             next: "#finish", stored: .plan(WorkingDayPlan(entries: [.init(task: "lunch", kept: true, minutes: 30),
                                                                        .init(task: "lecture", kept: false, minutes: 0)]))),
    ]

    @Test("a step's form posts its answer: 303 to the next step, the answer stored, the page shows it chosen", arguments: posts)
    func postStep(post: Post) async throws {
        let fixture = try await ConsoleFixture()
        let steps = MixedGuide.guide.steps.map(\.key)
        try await fixture.test { client in
            let browser = try await Self.signedIn(fixture, client)
            let path = post.step.replacingOccurrences(of: "#", with: "%23")
            let response = try await client.post("/interviews/2/steps/\(path)", form: [("_csrf", browser.csrf)] + post.form,
                                                 headers: browser.headers)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/interviews/2" + post.next)
            let step = try #require(InterviewStep(key: post.step))
            #expect(try fixture.store.answers(session: SessionID(2)).value(for: step) == post.stored)
            let html = try await Self.page(client, browser)
            #expect(html.contains("class=\"step answered\" id=\"step-\(steps.firstIndex(of: post.step)! + 1)\""))
        }
    }

    @Test("the page: a radio group per rating with the anchors as labels and not assessed, checkboxes, options, the plan, the note; each form posts with the CSRF field")
    func pageMarkup() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let browser = try await Self.signedIn(fixture, client)
            let html = try await Self.page(client, browser)
            #expect(html.contains(" lang=\"ru\"><head>"))
            #expect(html.contains("<script src=\"/static/interview.js\" defer=\"defer\"></script>"))
            for (offset, step) in MixedGuide.guide.steps.enumerated() {
                let action = "/interviews/2/steps/" + step.key.replacingOccurrences(of: "#", with: "%23")
                #expect(html.contains("<form method=\"post\" action=\"\(action)\" class=\"step-form\"><input type=\"hidden\" name=\"_csrf\" value=\"\(browser.csrf)\"/>"))
                #expect(html.contains("id=\"step-\(offset + 1)\""))
            }
            #expect(html.contains("<fieldset class=\"choices scale\"><legend>"))
            #expect(html.contains("<label class=\"choice\"><input type=\"radio\" name=\"rating\" value=\"n\"/><span class=\"key\" aria-hidden=\"true\">n</span><span class=\"anchor\">не оценивалось</span></label>"))
            #expect(html.contains("<input type=\"checkbox\" name=\"tick\" value=\"interrupts\"/>"))
            #expect(html.contains("<input type=\"radio\" name=\"option\" value=\"adequate\"/>"))
            #expect(html.contains("name=\"order-lecture\"") && html.contains("name=\"minutes-lunch\""))
            #expect(html.contains("<textarea id=\"note-1\" name=\"note\""))
            #expect(html.contains("role=\"status\"") && html.contains("data-saved=\"Сохранено {time}\""))
            #expect(html.contains("<output id=\"timer\" data-earlier=\"0\" data-planned=\"3600\" data-running=\"true\">00:00 / 1:00:00</output>"))
            #expect(html.contains("name=\"flag\" value=\"blames-employer\""))
            let english = try await Self.page(client, browser, "/interviews/2?lang=en")
            #expect(english.contains(" lang=\"en\"><head>") && english.contains("Save and go on") && english.contains("not assessed"))
        }
    }

    @Test("a step's form without the CSRF token is refused (403) and nothing is stored")
    func csrf() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let browser = try await Self.signedIn(fixture, client)
            let missing = try await client.post("/interviews/2/steps/conflict", form: [("rating", "5")], headers: browser.headers)
            #expect(missing.status == .forbidden && missing.headers[.contentType] == "text/html; charset=utf-8")
            let wrong = try await client.post("/interviews/2/steps/conflict", form: [("_csrf", "x" + browser.csrf), ("rating", "5")],
                                              headers: browser.headers)
            #expect(wrong.status == .forbidden)
        }
        #expect(try fixture.store.answers(session: SessionID(2)).value(for: InterviewStep(key: "conflict")!) == nil)
    }

    @Test("a hostile note is stored verbatim and rendered escaped in its textarea")
    func hostileNote() async throws {
        let fixture = try await ConsoleFixture()
        let note = #"</textarea><script>alert("x")</script> O'Brien & <b>"#
        try await fixture.test { client in
            let browser = try await Self.signedIn(fixture, client)
            let response = try await client.post("/interviews/2/steps/conflict", form: [("_csrf", browser.csrf), ("rating", "3"), ("note", note)],
                                                 headers: browser.headers)
            #expect(response.status == .seeOther)
            let html = try await Self.page(client, browser)
            #expect(!html.contains("<script>alert") && !html.contains("</textarea><script>"))
            #expect(html.contains("&lt;/textarea&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; &lt;b&gt;</textarea>"))
        }
        #expect(try fixture.store.notes(session: SessionID(2))["conflict"] == note)
    }

    @Test("a form without an answer is refused with a page that says what to choose; an answer off the scale with Core's reason")
    func refusals() async throws {
        let fixture = try await ConsoleFixture()
        try await fixture.test { client in
            let browser = try await Self.signedIn(fixture, client)
            let none = try await client.post("/interviews/2/steps/conflict", form: [("_csrf", browser.csrf), ("note", "x")], headers: browser.headers)
            #expect(none.status == .unprocessableContent)
            #expect(String(buffer: none.body).contains("Шаг «conflict» не сохранён: выберите оценку от 1 до 5 или «не оценивалось»"))
            let off = try await client.post("/interviews/2/steps/conflict", form: [("_csrf", browser.csrf), ("rating", "7")], headers: browser.headers)
            #expect(off.status == .unprocessableContent && String(buffer: off.body).contains("оценка 7 вне шкалы 1–5"))
            let plan = try await client.post("/interviews/2/steps/day%23plan", form: [("_csrf", browser.csrf), ("order-lunch", "первый")],
                                             headers: browser.headers)
            #expect(plan.status == .unprocessableContent && String(buffer: plan.body).contains("порядок и минуты задач цифрами"))
            let flag = try await client.post("/interviews/2/red-flags", form: [("_csrf", browser.csrf), ("flag", "nope")], headers: browser.headers)
            #expect(flag.status == .unprocessableContent && String(buffer: flag.body).contains("нет красного флага «nope»"))
        }
    }
}
