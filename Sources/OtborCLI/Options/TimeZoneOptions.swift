import ArgumentParser
import Foundation

/// `--time-zone NAME`: the campaign's time zone, in which dates and times are shown.
struct TimeZoneOptions: ParsableArguments {
    @Option(name: .customLong("time-zone"),
            help: ArgumentHelp("IANA time zone dates and times are shown in, such as Europe/Moscow (default: this machine's, or TZ).",
                               valueName: "zone"))
    var timeZoneName: String?

    /// The zone named, or this machine's.
    var timeZone: TimeZone {
        get throws {
            guard let name = timeZoneName else { return .current }
            guard let zone = TimeZone(identifier: name) else {
                throw ValidationError("Unknown time zone '\(name)'. Use an IANA name such as Europe/Moscow, Asia/Yekaterinburg or UTC.")
            }
            return zone
        }
    }

    func validate() throws { _ = try timeZone }
}
