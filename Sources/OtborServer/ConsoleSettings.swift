import Foundation

/// How a console server runs: where it listens, how long sessions last, how passwords are
/// checked, the clock and time zone. Tests change the clock, the bcrypt cost and the limits.
public struct ConsoleSettings: Sendable {
    /// The address to listen on; loopback unless someone asks for another.
    public var host: String
    /// The port; 0 lets the system pick a free one.
    public var port: Int
    /// Whether cookies are marked `Secure`: true when the console is reached over HTTPS.
    public var secureCookies: Bool
    /// How long a signed-in session lasts.
    public var sessionLifetime: Duration
    public var passwords: PasswordHasher
    /// Failed sign-ins allowed per login before the next attempt is refused.
    public var signInLimit: SignInThrottle.Limit
    /// The campaign's time zone: the day a candidate's consent defaults to.
    public var timeZone: TimeZone
    public var clock: @Sendable () -> Date
    /// How long one stream of a board's events lasts before the browser reconnects.
    public var eventStreamLifetime: Duration = .seconds(30 * 60)

    public init(
        host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, sessionLifetime: Duration = .seconds(12 * 3600),
        passwords: PasswordHasher = PasswordHasher(), signInLimit: SignInThrottle.Limit = .init(), timeZone: TimeZone = .current,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
        self.passwords = passwords
        self.signInLimit = signInLimit
        self.timeZone = timeZone
        self.clock = clock
    }

    /// Whether `host` is a loopback address (or `localhost`), reachable only from this machine.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return bare == "localhost" || bare == "::1" || bare.hasPrefix("127.")
    }
}

extension ConsoleSettings {
    /// `12:03`: the time of `date` on the campaign's clock (``timeZone``).
    func clockTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let minute = parts.minute ?? 0
        return "\(parts.hour ?? 0):" + (minute < 10 ? "0\(minute)" : String(minute))
    }

    /// `2026-12-03 12:03`: the day and time of `date` on the campaign's clock (``timeZone``).
    func dateTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : String(value ?? 0) }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) " + clockTime(date)
    }
}
