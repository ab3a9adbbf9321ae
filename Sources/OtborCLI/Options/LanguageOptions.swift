import ArgumentParser
import Foundation
import OtborCore

/// `--lang ru|en` and `--time-zone`: the language of everything the terminal shows (content text
/// and Otbor's own wording) and the time zone its dates and times are shown in.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the output: ru or en (content falls back to Russian).")
    var lang: ContentLanguage = .ru

    @Option(name: .customLong("time-zone"), help: ArgumentHelp(
        "Time zone of the dates and times shown, an IANA name such as Europe/Moscow (default: this machine's).",
        valueName: "zone"), transform: LanguageOptions.timeZone)
    var timeZone: TimeZone?

    /// The terminal wording in the chosen language and time zone.
    var wording: ConsoleWording { ConsoleWording(language: lang, timeZone: timeZone ?? .current) }

    /// The time zone named `name`, or a usage error saying what is accepted.
    @Sendable static func timeZone(_ name: String) throws -> TimeZone {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, let zone = TimeZone(identifier: trimmed) else {
            throw ValidationError(ConsoleWording.commandLine(.notATimeZone, ["zone": name]))
        }
        return zone
    }
}
