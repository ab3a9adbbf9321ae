import Foundation

/// A group sitting as recorded when HR set it up: which stage of which profile, who set it up and
/// when, and the exercise timer the chair starts (``timerStartedAt``, running for ``minutes``).
public struct GroupSitting: Sendable, Hashable, Codable {
    /// `group-` and eight hexadecimal digits; the sessions of the sitting carry it as their group run.
    public var id: String
    public var guide: String
    public var profile: String
    public var openedBy: String
    public var openedAt: Date
    /// When the chair started (or last restarted) the exercise timer; `nil` until then.
    public var timerStartedAt: Date?
    /// How long the exercise runs: the guide's planned duration.
    public var minutes: Int

    public init(id: String, guide: String, profile: String, openedBy: String, openedAt: Date, timerStartedAt: Date? = nil, minutes: Int) {
        self.id = id
        self.guide = guide
        self.profile = profile
        self.openedBy = openedBy
        self.openedAt = openedAt
        self.timerStartedAt = timerStartedAt
        self.minutes = minutes
    }

    /// When the exercise is planned to end: the timer's start plus ``minutes``; `nil` before the start.
    public var plannedEnd: Date? { timerStartedAt.map { $0.addingTimeInterval(Double(minutes) * 60) } }
}
