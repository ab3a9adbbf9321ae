import Foundation
import OtborCore

/// The time of a sitting against the planned duration of the guide.
///
/// Elapsed time is the session's time from earlier sittings plus the time since this sitting
/// began, read from an injected clock so tests are deterministic.
struct SessionTimer {
    /// Seconds spent in earlier sittings.
    var earlierSeconds: Double
    var plannedMinutes: Int
    /// When this sitting began.
    let sittingStart: Date
    let clock: () -> Date

    init(earlierSeconds: Double, plannedMinutes: Int, clock: @escaping () -> Date) {
        self.earlierSeconds = earlierSeconds
        self.plannedMinutes = plannedMinutes
        self.clock = clock
        sittingStart = clock()
    }

    /// Seconds since this sitting began.
    var sittingSeconds: Double { max(0, clock().timeIntervalSince(sittingStart)) }

    /// Seconds in all sittings together.
    var elapsedSeconds: Double { earlierSeconds + sittingSeconds }

    /// Whether the planned duration is used up.
    var isOverrun: Bool { elapsedSeconds > Double(plannedMinutes * 60) }

    /// `⏱ 12:05 / 45:00`: elapsed against planned, minutes and seconds.
    var line: String {
        "⏱ \(Self.clockText(elapsedSeconds)) / \(Self.clockText(Double(plannedMinutes * 60)))"
    }

    /// `mm:ss`, or `h:mm:ss` from one hour on (``ElapsedTime``).
    static func clockText(_ seconds: Double) -> String {
        ElapsedTime.text(seconds)
    }
}
