import GRDB
import OtborCore

/// One assessor running one guide with one candidate.
public struct InterviewSession: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "session"

    /// Where a session stands.
    public enum Status: String, Sendable, Hashable, Codable, DatabaseValueConvertible {
        /// Being run, or stopped without a pause (a killed process): resume it.
        case open
        /// Paused with `q`: resume it.
        case paused
        /// Submitted: locked, visible to other assessors and to scoring.
        case submitted
    }

    public var id: Int64?
    public var applicationId: Int64
    public var guide: String
    /// Content hash of the guide the session runs (its snapshot is in the database).
    public var guideHash: String
    public var stageKind: String
    public var assessor: String
    /// Sessions of one group exercise sitting share this id.
    public var groupRun: String?
    public var plannedMinutes: Int
    /// Time spent in the runner so far, summed over resumes.
    public var activeSeconds: Double
    public var status: Status
    /// Key of the step answered last, so `resume` continues after it when no ``navigation`` was saved.
    public var cursor: String?
    public var startedAt: String
    public var updatedAt: String
    public var submittedAt: String?
    /// Where the last sitting stood (step shown, steps skipped, the way back), so the next one
    /// continues exactly there; `nil` until a sitting saves it. Stored as JSON.
    public var navigation: SittingNavigation? = nil

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
