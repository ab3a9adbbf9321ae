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
            "4", "",        // 1 outstanding-manager
            "s", "s",       // skip 2 motivate-team-under-constraints and 3 team-members-in-conflict
            "3", "agrees",  // 4 merger-with-sales
            "b",            // at 5 task-setting-and-control: back to merger-with-sales
            "q",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let line = try #require(first.stdout.split(separator: "\n").first)
        let id = try #require(SessionID(String(line.dropFirst("session ".count).prefix { $0 != ":" })))
        #expect(headers(first.stdout) == [
            "1/7 · outstanding-manager", "2/7 · motivate-team-under-constraints", "3/7 · team-members-in-conflict", "4/7 · merger-with-sales",
            "5/7 · task-setting-and-control", "4/7 · merger-with-sales",
        ])
        #expect(try fixture.store.navigation(session: id) == SittingNavigation(
            current: Self.place(id, "merger-with-sales"),
            skipped: [Self.place(id, "motivate-team-under-constraints"), Self.place(id, "team-members-in-conflict")],
            history: [Self.place(id, "outstanding-manager"), Self.place(id, "motivate-team-under-constraints"), Self.place(id, "team-members-in-conflict")]))
        #expect(try fixture.store.session(id).cursor == "merger-with-sales")

        let resumed = try RunningOtbor.run(["interview", "resume", id.description, "--database", fixture.path,
                                            "--workspace", OtborProcess.repository.path, "--lang", "en"], input: [
            "b",            // the way back continues: to team-members-in-conflict
            "5", "",        // team-members-in-conflict answered
            "q",
        ])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Resuming: 2 of 7 answered"))
        // Shown first: the step the last sitting stopped at, with its answer; then back along the saved way;
        // then on past the skipped motivate-team-under-constraints to task-setting-and-control.
        #expect(headers(resumed.stdout) == ["4/7 · merger-with-sales", "3/7 · team-members-in-conflict", "5/7 · task-setting-and-control"])
        #expect(resumed.stdout.components(separatedBy: "━━ 3/7")[0].contains("Your answer so far: 3"))
        #expect(try fixture.store.navigation(session: id) == SittingNavigation(
            current: Self.place(id, "task-setting-and-control"),
            skipped: [Self.place(id, "motivate-team-under-constraints")],
            history: [Self.place(id, "outstanding-manager"), Self.place(id, "motivate-team-under-constraints"), Self.place(id, "team-members-in-conflict")]))
        #expect(try fixture.store.answers(session: id).ratings == [
            "outstanding-manager": 4, "merger-with-sales": 3, "team-members-in-conflict": 5,
        ])
        #expect(try fixture.store.session(id).status == .paused)
    }
}
