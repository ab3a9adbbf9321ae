import ArgumentParser
import Foundation
import OtborCore

/// Days typed on the command line: `yyyy-mm-dd` with a real day; spaces around it are ignored.
extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument.trimmingCharacters(in: .whitespaces))
    }

    /// Parses the value of `option` once, in the parser, with a usage error that says what was
    /// wrong and what is accepted: `@Option(…, transform: CalendarDate.parse(option: "--on"))`.
    static func parse(option: String) -> @Sendable (String) throws -> CalendarDate {
        { text in
            guard let date = CalendarDate(argument: text) else {
                throw ValidationError(ConsoleWording.commandLine(.notADate, ["option": option, "text": text]))
            }
            return date
        }
    }
}
