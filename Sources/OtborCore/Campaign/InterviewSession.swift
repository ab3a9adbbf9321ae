import Foundation

/// One assessor running one guide with one candidate.
public struct InterviewSession: Sendable, Hashable, Identifiable {
    /// Where a session stands.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Being run, or stopped without a pause (a killed process): resume it.
        case open
        /// Paused: resume it.
        case paused
        /// Submitted: locked, visible to other assessors and to scoring.
        case submitted
    }

    public var id: SessionID
    public var applicationId: ApplicationID
    public var guide: String
    /// Content hash of the guide the session runs (its snapshot is in the database).
    public var guideHash: String
    public var stageKind: StageKind
    public var assessor: String
    /// Sessions of one group exercise sitting share this id.
    public var groupRun: String?
    public var plannedMinutes: Int
    /// Time spent running the session so far, summed over sittings.
    public var activeSeconds: Double
    public var status: Status
    /// Key of the step answered last, so a resumed sitting continues after it when no
    /// ``navigation`` was saved.
    public var cursor: String?
    public var startedAt: Date
    public var updatedAt: Date
    public var submittedAt: Date?
    /// Where the last sitting stood (step shown, steps skipped, the way back), so the next one, in
    /// any front end, continues exactly there; `nil` until a sitting saves it.
    public var navigation: SittingNavigation?

    public init(
        id: SessionID, applicationId: ApplicationID, guide: String, guideHash: String, stageKind: StageKind,
        assessor: String, groupRun: String? = nil, plannedMinutes: Int, activeSeconds: Double = 0,
        status: Status = .open, cursor: String? = nil, startedAt: Date, updatedAt: Date, submittedAt: Date? = nil,
        navigation: SittingNavigation? = nil
    ) {
        self.id = id
        self.applicationId = applicationId
        self.guide = guide
        self.guideHash = guideHash
        self.stageKind = stageKind
        self.assessor = assessor
        self.groupRun = groupRun
        self.plannedMinutes = plannedMinutes
        self.activeSeconds = activeSeconds
        self.status = status
        self.cursor = cursor
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.submittedAt = submittedAt
        self.navigation = navigation
    }
}
