import Foundation
import OtborCore

/// Tests that read what a command prints in English (the default is Russian) add `--lang en`.
enum English {
    /// `--lang en`, unless `arguments` choose a language already.
    static func unless(_ arguments: [String]) -> [String] {
        arguments.contains { $0 == "--lang" || $0.hasPrefix("--lang=") } ? [] : ["--lang", "en"]
    }
}

extension English {
    /// A day as the terminal words it in English: "1 May 2025".
    static func day(_ date: CalendarDate) -> String {
        DateWording(language: .en, timeZone: .current).day(date).replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    /// A day given as `yyyy-mm-dd`, as the terminal words it in English.
    static func day(_ text: String) -> String { day(CalendarDate(text)!) }
}
