import Foundation
import OtborCore
import Testing

/// ``StageProgress``: a stage is done when every session of it is submitted (as the panel then
/// sees it), in progress while one is open or paused, not started without sessions.
struct StageProgressTests {
    static func session(_ id: Int64, guide: String, _ status: InterviewSession.Status) -> InterviewSession {
        let start = Date(timeIntervalSince1970: 0)
        return InterviewSession(id: SessionID(id), applicationId: ApplicationID(1), guide: guide, guideHash: "h", stageKind: .hr,
                                assessor: "a\(id)", plannedMinutes: 30, status: status, startedAt: start, updatedAt: start,
                                submittedAt: status == .submitted ? start : nil)
    }

    @Test("per stage: all submitted is done; one open or paused among submitted is in progress; no session, not started",
          arguments: [
              ([InterviewSession.Status.submitted, .submitted], StageProgress?.some(.done)),
              ([.submitted, .open], .inProgress),
              ([.paused], .inProgress),
              ([.open, .open], .inProgress),
              ([], nil),
          ])
    func progress(_ statuses: [InterviewSession.Status], expected: StageProgress?) {
        let sessions = statuses.enumerated().map { Self.session(Int64($0.offset + 1), guide: "hr", $0.element) }
            + [Self.session(99, guide: "phone", .submitted)]
        let progress = StageProgress.byStage(sessions)
        #expect(progress["hr"] == expected)
        #expect(progress["phone"] == .done)
        #expect(progress.count == (expected == nil ? 1 : 2))
    }
}
