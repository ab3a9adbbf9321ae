import Foundation
@testable import OtborCLI
import OtborTestSupport
import Testing

/// The HTTP section of `otbor bench`, small: the console in this process on a loopback port,
/// a few assessors saving answers through the API (no time assertions, only counts).
struct HTTPBenchTests {
    @Test("5 assessors × 20 answers over loopback: every save acknowledged, audited once and the last one of each step stored",
          arguments: [(5, 100, 0), (3, 31, 0), (3, 30, 8)])
    func tiny(assessors: Int, requests: Int, pause: Int) async throws {
        let folder = try TemporaryFolder("otbor-http-bench")
        let start = Date()
        let figures = try await HTTPBench(library: CampaignFixture.library, assessors: assessors, requests: requests,
                                          pauseMilliseconds: pause, seed: 11, databases: SQLiteBenchDatabases(folder: folder.url)) { _ in }.measure()
        // Each assessor pauses at least half the pause before each of its answers.
        let paused = Double(requests / assessors) * Double(pause / 2) / 1000
        #expect(Date().timeIntervalSince(start) >= paused, "\(requests / assessors) answers each with pauses of \(pause / 2)+ ms")
        #expect(figures.assessors == assessors && figures.requests == requests && figures.pauseMilliseconds == pause)
        #expect(figures.acknowledged == requests && figures.refused == 0)
        #expect(figures.stored == figures.acknowledged, "acknowledged \(figures.acknowledged), audited \(figures.stored)")
        #expect(figures.stale == 0 && figures.nothingLost)
        // A page load after every tenth save of each assessor.
        let perAssessor = (0..<assessors).map { requests / assessors + ($0 < requests % assessors ? 1 : 0) }
        #expect(figures.pageLoads == perAssessor.reduce(0) { $0 + $1 / HTTPBench.savesPerPageLoad })
        #expect(figures.answerSaveMilliseconds.p50 > 0 && figures.answerSaveMilliseconds.p50 <= figures.answerSaveMilliseconds.p99)
        #expect(figures.interviewPageMilliseconds.p50 > 0 && figures.interviewPageMilliseconds.p50 <= figures.interviewPageMilliseconds.p99)
        #expect(figures.answersPerSecond > 0 && figures.answersPerSecond.isFinite)
    }

    @Test("live boards: every submit seen once as submitted on every board of its sitting, the figures consistent",
          arguments: [(3, 2, 12, 0), (20, 3, 40, 0), (4, 2, 8, 20)])
    func boards(assessors: Int, boards: Int, requests: Int, pause: Int) async throws {
        let folder = try TemporaryFolder("otbor-http-bench-boards")
        let figures = try await HTTPBench(library: CampaignFixture.library, assessors: assessors, requests: requests, pauseMilliseconds: pause,
                                          seed: 7, boards: boards, databases: SQLiteBenchDatabases(folder: folder.url)) { _ in }.measure()
        #expect(figures.acknowledged == requests && figures.refused == 0 && figures.nothingLost)
        let live = try #require(figures.boardEvents)
        let plan = HTTPBench.sittingPlan(assessors: assessors)
        // Board b follows sitting b % sittings, where every session is submitted once.
        let expected = (0..<boards).reduce(0) { $0 + plan[$1 % plan.count].count }
        #expect(live.boards == boards && live.sittings == plan.count && live.submits == assessors)
        #expect(live.expected == expected && live.seen == expected, "expected \(expected), seen \(live.seen)")
        #expect(live.missing == 0 && live.duplicates == 0 && live.unexpected == 0 && live.complete && figures.boardsComplete)
        let spread = live.submitToBoardMilliseconds
        #expect(spread.p50 > 0 && spread.p50 <= spread.p95 && spread.p95 <= spread.p99 && spread.p99 <= spread.max)
        #expect(live.submitMilliseconds.p50 > 0 && live.submitMilliseconds.p50 <= live.submitMilliseconds.p99)
        // The board shows a submit only after the submit's request started, and within the timeout.
        #expect(spread.max < HTTPBench.boardTimeoutSeconds * 1000)
    }

    @Test("a lost answer is told: the figures say nothing is lost only when audited = acknowledged and no step is stale",
          arguments: [(10, 10, 0, true), (10, 9, 0, false), (10, 10, 1, false), (10, 11, 0, false)])
    func lostIsTold(acknowledged: Int, stored: Int, stale: Int, nothingLost: Bool) {
        let latency = BenchFigures.Latency(p50: 1, p99: 2)
        let figures = HTTPBenchFigures(assessors: 1, pauseMilliseconds: 0, requests: acknowledged, answersPerSecond: 1, answerSaveMilliseconds: latency, pageLoads: 1,
                                       interviewPageMilliseconds: latency, acknowledged: acknowledged, stored: stored, stale: stale, refused: 0)
        #expect(figures.nothingLost == nothingLost)
    }
}
