import Foundation
import OtborCore
import OtborServices
import Testing

/// The chair's list of sittings counts each sitting from one read of every session (not a board per
/// sitting) and reads each session as its board does: submitted, left out by a conflict of
/// interest, overdue.
struct SittingSummaryTests {
    @Test("each summary agrees with its sitting's board: candidates, observers, sessions, submitted (or in conflict), overdue", arguments: [0, 3 * 3600] as [TimeInterval])
    func summaries(later: TimeInterval) async throws {
        let (fixture, _, first) = try await WashupPageTests.open()
        let boris = try fixture.candidate("Борис Орлов")
        let desk = GroupSittingDesk(store: fixture.store, library: ConsoleFixture.library)
        let second = try await desk.open(guide: "mixed", profile: "ssm",
                                         assignment: GroupAssignment(candidates: [boris], observers: ["assessor": [boris], "second": [boris]]),
                                         actor: "hr")
        try await fixture.store.submit(session: try #require(first.sessions.first { $0.session.assessor == "second" }).session.id)
        _ = try fixture.store.declareConflict(candidate: boris, login: "second", reason: .knows)
        let now = fixture.clock.now().addingTimeInterval(later)
        let summaries = try await desk.sittings(now: now)
        #expect(summaries.map(\.sitting.id).sorted() == [first.id, second.id].sorted())
        for summary in summaries {
            let rows = try await desk.board(summary.sitting.id, now: now).rows
            #expect(summary.candidates == Set(rows.map(\.candidate)).count && summary.observers == Set(rows.map(\.observer)).count)
            #expect(summary.sessions == rows.count && summary.submitted == rows.filter { !$0.isWaiting }.count)
            #expect(summary.overdue == rows.filter(\.overdue).count)
        }
        // Each sitting: one submitted or in conflict of two; overdue only later, and never the one in conflict.
        #expect(summaries.map(\.submitted) == [1, 1] && summaries.allSatisfy { $0.sessions == 2 && !$0.isComplete })
        #expect(summaries.map(\.overdue) == (later > 0 ? [1, 1] : [0, 0]))
    }
}
