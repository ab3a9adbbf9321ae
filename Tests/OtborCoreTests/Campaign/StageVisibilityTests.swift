import Foundation
import OtborCore
import Testing

/// Which sessions each viewer sees: the panel, an assessor, a supervisor, the records; and which
/// viewer an account of each role is.
struct StageVisibilityTests {
    /// Application 1: `screen` with Ирина open and Олег submitted; `final` with Олег submitted and
    /// `hr` open. Application 2: `screen` with Ирина submitted.
    static let sessions: [InterviewSession] = [
        session(1, application: 1, guide: "screen", assessor: "Ирина", .open),
        session(2, application: 1, guide: "screen", assessor: "Олег", .submitted),
        session(3, application: 1, guide: "final", assessor: "Олег", .submitted),
        session(4, application: 1, guide: "final", assessor: "hr", .paused),
        session(5, application: 2, guide: "screen", assessor: "Ирина", .submitted),
    ]

    static func session(_ id: Int64, application: Int64, guide: String, assessor: String, _ status: InterviewSession.Status)
        -> InterviewSession {
        InterviewSession(id: SessionID(id), applicationId: ApplicationID(application), guide: guide, guideHash: "h", stageKind: .phone,
                         assessor: assessor, plannedMinutes: 20, status: status, startedAt: Date(), updatedAt: Date())
    }

    @Test("each viewer sees exactly its sessions", arguments: [
        (StageVisibility.panel, [5]),
        (.assessor("Ирина"), [1, 5]),
        (.assessor("Олег"), [2, 3, 5]),
        (.supervisor("hr"), [1, 2, 4, 5]),
        (.supervisor("boss"), [1, 2, 3, 4, 5]),
        (.records, [1, 2, 3, 4, 5]),
    ] as [(StageVisibility, [Int64])])
    func visible(viewer: StageVisibility, expected: [Int64]) {
        #expect(viewer.visible(Self.sessions).map(\.id.rawValue) == expected)
    }

    @Test("an account owns the sessions recorded under its login; its role decides the viewer", arguments: [
        (Role.admin, StageVisibility.supervisor("olga")), (.hr, .supervisor("olga")), (.assessor, .assessor("olga")), (.observer, .panel),
    ])
    func accountViewer(role: Role, expected: StageVisibility) {
        let account = Account(login: LoginName("olga")!, displayName: "Ольга", role: role, created: Date())
        #expect(account.sessionVisibility == expected)
        #expect(account.owns(Self.session(9, application: 1, guide: "screen", assessor: "olga", .open)))
        #expect(!account.owns(Self.session(9, application: 1, guide: "screen", assessor: "Ольга", .open)))
    }
}
