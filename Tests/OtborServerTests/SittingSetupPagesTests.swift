import Foundation
import Hummingbird
import HummingbirdTesting
import OtborCore
import OtborServices
import OtborTestSupport
import Testing

/// The chair sets up a group sitting in the browser (`/group-sittings/new`, posted to
/// `/group-sittings`) and finds it on the list of sittings (`/group-sittings`).
struct SittingSetupPagesTests {
    /// A console whose profile `ssm` has the group exercise `group` as a stage, with two applicants
    /// (Анна 1, Борис 2) and a second assessor.
    static func fixture() async throws -> ConsoleFixture {
        let fixture = try await ConsoleFixture()
        fixture.content = ContentLibrary(profiles: [ScreenContent.profile(stages: ["screen", "mixed", "group"])],
                                         guides: [ConsoleFixture.screen, MixedGuide.guide, MixedGuide.group])
        try fixture.candidate("Анна Петрова")
        try fixture.candidate("Борис Орлов")
        try await fixture.account("second", role: .assessor)
        // Вера (3) has applied for nothing yet and is offered; Глеб (4) applied for another profile and is not.
        _ = try fixture.store.addCandidate(NewCandidate(name: "Вера Орлова", consentDate: CalendarDate("2026-01-10")!), actor: "setup")
        let gleb = try fixture.store.addCandidate(NewCandidate(name: "Глеб Иванов", consentDate: CalendarDate("2026-01-10")!), actor: "setup").id
        var other = ScreenContent.profile(stages: ["screen"])
        other.id = "other"
        _ = try await fixture.store.startSession(candidate: gleb, profile: other, guide: ConsoleFixture.screen, assessor: "Ирина")
        return fixture
    }

    @Test("the form offers the group stage's applicants × the accounts that may observe; a refused plan comes back with its reason and every tick")
    func refused() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            let hr = try await client.signIn("hr")
            let page = try await client.execute(uri: "/group-sittings/new", method: .get, headers: hr.headers)
            let html = String(buffer: page.body)
            #expect(page.status == .ok)
            #expect(html.contains(#"<option value="ssm/group" selected="selected">"#))
            #expect(html.contains("Анна Петрова") && html.contains("Борис Орлов") && html.contains("Вера Орлова"))
            #expect(!html.contains("Глеб Иванов"))
            for pair in ["assessor:1", "assessor:2", "second:1", "second:2"] { #expect(html.contains(#"value="\#(pair)""#), "\(pair)") }
            // Those who may not conduct interviews are not offered.
            #expect(!html.contains(#"value="observer:1""#))
            let refused = try await client.post("/group-sittings", form: [
                ("_csrf", hr.csrf), ("stage", "ssm/group"), ("candidate", "1"), ("candidate", "2"),
                ("watch", "assessor:1"), ("watch", "assessor:2"), ("watch", "second:2"),
            ], headers: hr.headers)
            let again = String(buffer: refused.body)
            #expect(refused.status == .unprocessableContent)
            #expect(again.contains("за кандидатом 1 наблюдает только assessor"), "\(again)")
            #expect(again.contains(#"value="assessor:2" checked="checked""#) && again.contains(#"value="second:2" checked="checked""#))
            #expect(!again.contains(#"value="second:1" checked"#))
            #expect(try await fixture.store.groupSittings().isEmpty)
            // A store's refusal (an unknown candidate, 4xx) comes back on the form too, with its status.
            let ghost = try await client.post("/group-sittings", form: [
                ("_csrf", hr.csrf), ("stage", "ssm/group"), ("candidate", "1"), ("candidate", "99"),
                ("watch", "assessor:1"), ("watch", "second:1"), ("watch", "assessor:99"), ("watch", "second:99"),
            ], headers: hr.headers)
            #expect(ghost.status == .notFound && String(buffer: ghost.body).contains(#"value="assessor:1" checked="checked""#),
                    "\(ghost.status) \(String(buffer: ghost.body))")
            let unknown = try await client.post("/group-sittings", form: [("_csrf", hr.csrf), ("stage", "nonsense")], headers: hr.headers)
            #expect(unknown.status == .unprocessableContent && String(buffer: unknown.body).contains("Выберите упражнение из списка."))
        }
    }

    @Test("a plan with two observers per candidate opens the sitting, audited with the chair, goes to its board and is listed")
    func opened() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            let hr = try await client.signIn("hr")
            let response = try await client.post("/group-sittings", form: [
                ("_csrf", hr.csrf), ("stage", "ssm/group"), ("candidate", "1"), ("candidate", "2"),
                ("watch", "assessor:1"), ("watch", "assessor:2"), ("watch", "second:1"), ("watch", "second:2"),
            ], headers: hr.headers)
            #expect(response.status == .seeOther)
            let sittings = try await fixture.store.groupSittings()
            let sitting = try #require(sittings.first)
            #expect(sittings.count == 1 && sitting.guide == "group" && sitting.profile == "ssm" && sitting.openedBy == "hr")
            #expect(response.headers[.location] == "/group-sittings/\(sitting.id)")
            let sessions = try fixture.store.sessions(candidate: nil, status: nil, groupRun: sitting.id)
            #expect(sessions.map { "\($0.assessor)" }.sorted() == ["assessor", "assessor", "second", "second"])
            #expect(try fixture.store.auditLog(subject: "group-sitting:\(sitting.id)").map { "\($0.action.rawValue) \($0.actor)" }
                    == ["group-sitting.open hr"])
            let list = String(buffer: try await client.execute(uri: "/group-sittings", method: .get, headers: hr.headers).body)
            #expect(list.contains(#"<a href="/group-sittings/\#(sitting.id)">Group</a>"#), "\(list)")
            #expect(list.contains("0 / 4"))
        }
    }

    @Test("a declared conflict of interest takes the pair off the grid")
    func conflict() async throws {
        let fixture = try await Self.fixture()
        _ = try await fixture.store.declareConflict(candidate: 1, login: "second", reason: .relative)
        try await fixture.test { client in
            let hr = try await client.signIn("hr")
            let html = String(buffer: try await client.execute(uri: "/group-sittings/new?stage=ssm/group", method: .get, headers: hr.headers).body)
            #expect(!html.contains(#"value="second:1""#) && html.contains(#"value="second:2""#))
            #expect(html.contains("конфликт интересов"))
        }
    }
}
