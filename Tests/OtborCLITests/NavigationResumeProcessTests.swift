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

    /// The manager interview offers four alternates of which one is run (team-members-in-conflict,
    /// task-setting-and-control, outstanding-manager, recognition-without-money): answering
    /// outstanding-manager first closes the other three, so the navigation passes over them.
    @Test("paused after skips and a back move, resumed in a second process at that step with that history")
    func skipBackPauseResume() throws {
        let fixture = try RunnerFixture()
        let first = try RunningOtbor.run(InterviewProcessTests().startArguments(fixture), input: [
            "4", "",        // 1 outstanding-manager, the alternate run: 3, 5 and 7 are closed
            "s", "s",       // skip 2 motivate-team-under-constraints and 4 merger-with-sales
            "3", "agrees",  // 6 individual-development-plan
            "b",            // back at the skipped 2 motivate-team-under-constraints: to individual-development-plan
            "q",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let line = try #require(first.stdout.split(separator: "\n").first)
        let id = try #require(SessionID(String(line.dropFirst("session ".count).prefix { $0 != ":" })))
        #expect(headers(first.stdout) == [
            "1/7 · outstanding-manager", "2/7 · motivate-team-under-constraints", "4/7 · merger-with-sales",
            "6/7 · individual-development-plan", "2/7 · motivate-team-under-constraints", "6/7 · individual-development-plan",
        ])
        #expect(try fixture.store.navigation(session: id) == SittingNavigation(
            current: Self.place(id, "individual-development-plan"),
            skipped: [Self.place(id, "motivate-team-under-constraints"), Self.place(id, "merger-with-sales")],
            history: [Self.place(id, "outstanding-manager"), Self.place(id, "motivate-team-under-constraints"), Self.place(id, "merger-with-sales")]))
        #expect(try fixture.store.session(id).cursor == "individual-development-plan")

        let resumed = try RunningOtbor.run(["interview", "resume", id.description, "--database", fixture.path,
                                            "--workspace", OtborProcess.repository.path, "--lang", "en"], input: [
            "b",            // the way back continues: to merger-with-sales
            "5", "",        // merger-with-sales answered
            "q",
        ])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        // Of the steps the session must answer (the three asked of everyone and the alternate run), two are answered.
        #expect(resumed.stdout.contains("Resuming: 2 of 4 answered"))
        // Shown first: the step the last sitting stopped at, with its answer; then back along the saved way;
        // then on to the skipped motivate-team-under-constraints, the closed alternates passed over.
        #expect(headers(resumed.stdout) == ["6/7 · individual-development-plan", "4/7 · merger-with-sales", "2/7 · motivate-team-under-constraints"])
        #expect(resumed.stdout.components(separatedBy: "━━ 4/7")[0].contains("Your answer so far: 3"))
        #expect(try fixture.store.navigation(session: id) == SittingNavigation(
            current: Self.place(id, "motivate-team-under-constraints"),
            skipped: [Self.place(id, "motivate-team-under-constraints")],
            history: [Self.place(id, "outstanding-manager"), Self.place(id, "motivate-team-under-constraints"), Self.place(id, "merger-with-sales")]))
        #expect(try fixture.store.answers(session: id).ratings == [
            "outstanding-manager": 4, "individual-development-plan": 3, "merger-with-sales": 5,
        ])
        #expect(try fixture.store.session(id).status == .paused)
    }
}
