import Foundation

/// Counts failed sign-ins per login in memory: after `failures` of them within `window`, the
/// next attempt for that login is refused until the oldest leaves the window. Other logins are
/// not affected. Time comes from the injected clock.
public actor SignInThrottle {
    /// How many failures are allowed in how long.
    public struct Limit: Sendable, Hashable {
        public var failures: Int
        public var window: TimeInterval

        public init(failures: Int = 5, window: TimeInterval = 60) {
            self.failures = failures
            self.window = window
        }
    }

    private let limit: Limit
    private let clock: @Sendable () -> Date
    private var failures: [String: [Date]] = [:]

    public init(limit: Limit, clock: @escaping @Sendable () -> Date) {
        self.limit = limit
        self.clock = clock
    }

    /// Whole seconds until `login` may try again, or `nil` when it may try now.
    public func retryAfter(_ login: String) -> Int? {
        let now = clock()
        let recent = prune(login, now: now)
        guard recent.count >= limit.failures, let oldest = recent.first else { return nil }
        return max(1, Int((oldest.addingTimeInterval(limit.window).timeIntervalSince(now)).rounded(.up)))
    }

    public func recordFailure(_ login: String) {
        let now = clock()
        failures[login, default: []].append(now)
        if failures.count > 10_000 { failures = failures.filter { !prune($0.key, now: now).isEmpty } }
    }

    /// Forgets the failures of `login` after a successful sign-in.
    public func reset(_ login: String) {
        failures[login] = nil
    }

    /// The failures of `login` still within the window, keeping only those.
    @discardableResult
    private func prune(_ login: String, now: Date) -> [Date] {
        let recent = (failures[login] ?? []).filter { now.timeIntervalSince($0) < limit.window }
        failures[login] = recent.isEmpty ? nil : recent
        return recent
    }
}
