import ArgumentParser
import Foundation
import OtborCore

/// Checks of what a user types about a person (the rules are ``CandidateFields`` in Core), each
/// failing with a usage error that says what was wrong and what is accepted.
enum CandidateInput {
    /// Today in the local time zone.
    static func today() -> CalendarDate {
        CalendarDate(Date(), in: .current)
    }

    /// A date given to `option` that must not lie after today; today when it was left out.
    static func pastDate(_ date: CalendarDate?, option: String) throws -> CalendarDate {
        try usage { () throws(FieldProblem) in try CandidateFields.pastDate(date, field: option, today: today()) }
    }

    /// One line of text: trimmed, not empty, without control characters. `nil` stays `nil`.
    static func line(_ text: String?, option: String, kind: TextField = .line) throws -> String? {
        try usage { () throws(FieldProblem) in try CandidateFields.line(text, field: option, kind: kind) }
    }

    /// Free text such as notes (``TextField/note``): line breaks and tabs are kept, other control
    /// characters refused, at most ``TextField/limit`` characters; empty text is `nil`.
    static func text(_ text: String?, option: String) throws -> String? {
        try usage { () throws(FieldProblem) in try CandidateFields.text(text, field: option) }
    }

    static func email(_ text: String?) throws -> String? {
        try usage { () throws(FieldProblem) in try CandidateFields.email(text, field: "--email") }
    }

    static func phone(_ text: String?) throws -> String? {
        try usage { () throws(FieldProblem) in try CandidateFields.phone(text, field: "--phone") }
    }

    /// `body`'s value, or its problem as a usage error.
    private static func usage<T>(_ body: () throws(FieldProblem) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw ValidationError(ErrorWording(.commandLine).message(error))
        }
    }
}
