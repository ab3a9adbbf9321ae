import Foundation
import OtborCore
import OtborStore
import OtborTestSupport
import Testing

/// The skip/back history saved with the session: an interview paused in one `otbor` process
/// resumes in another exactly where it stopped, with the same skipped steps and way back.
@Suite("Interview navigation across processes")
struct NavigationResumeProcessTests {
    static func place(_ session: SessionID, _ step: String) -> SittingNavigation.Place { .init(session: session, step: step) }

    @Test("paused after skips and a back move, resumed in a second process at that step with that history")
    func skipBackPauseResume() throws {
        let fixture = try RunnerFixture()
        let first = try RunningOtbor.run(InterviewProcessTests().startArguments(fixture), input: [
            "4", "",        // 1 self-presentation
            "s", "s",       // skip 2 vacancy-motivation and 3 salary-expectations
            "3", "agrees",  // 4 test-task-readiness
            "b",            // at 5 start-date: back to test-task-readiness
            "q",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let line = try #require(first.stdout.split(separator: "\n").first)
        let id = try #require(SessionID(String(line.dropFirst("session ".count).prefix { $0 != ":" })))
        #expect(headers(first.stdout) == [
            "1/7 · self-presentation", "2/7 · vacancy-motivation", "3/7 · salary-expectations", "4/7 · test-task-readiness",
            "5/7 · start-date", "4/7 · test-task-readiness",
        ])
        #expect(try fixture.store.navigation(session: id) == SittingNavigation(
            current: Self.place(id, "test-task-readiness"),
            skipped: [Self.place(id, "vacancy-motivation"), Self.place(id, "salary-expectations")],
            history: [Self.place(id, "self-presentation"), Self.place(id, "vacancy-motivation"), Self.place(id, "salary-expectations")]))
        #expect(try fixture.store.session(id).cursor == "test-task-readiness")

        let resumed = try RunningOtbor.run(["interview", "resume", id.description, "--database", fixture.path,
                                            "--workspace", OtborProcess.repository.path, "--lang", "en"], input: [
            "b",            // the way back continues: to salary-expectations
            "5", "",        // salary-expectations answered
            "q",
        ])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Resuming: 2 of 7 answered"))
        // Shown first: the step the last sitting stopped at, with its answer; then back along the saved way;
        // then on past the skipped vacancy-motivation to start-date.
        #expect(headers(resumed.stdout) == ["4/7 · test-task-readiness", "3/7 · salary-expectations", "5/7 · start-date"])
        #expect(resumed.stdout.components(separatedBy: "━━ 3/7")[0].contains("Your answer so far: 3"))
        #expect(try fixture.store.navigation(session: id) == SittingNavigation(
            current: Self.place(id, "start-date"),
            skipped: [Self.place(id, "vacancy-motivation")],
            history: [Self.place(id, "self-presentation"), Self.place(id, "vacancy-motivation"), Self.place(id, "salary-expectations")]))
        #expect(try fixture.store.answers(session: id).ratings == [
            "self-presentation": 4, "test-task-readiness": 3, "salary-expectations": 5,
        ])
        #expect(try fixture.store.session(id).status == .paused)
    }
}
