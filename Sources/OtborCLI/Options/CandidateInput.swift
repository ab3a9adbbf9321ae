import ArgumentParser
import Foundation
import OtborCore

/// Checks of what a user types about a person, each failing with a usage error that says what
/// was wrong and what is accepted.
enum CandidateInput {
    /// Today in the local time zone.
    static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(daysSinceEpoch: 0)
    }

    /// A date given to `option` that must not lie after today (consent given, consent withdrawn);
    /// today when it was left out.
    static func pastDate(_ date: CalendarDate?, option: String) throws -> CalendarDate {
        let today = today()
        guard let date else { return today }
        guard date <= today else {
            throw ValidationError("\(option) \(date) lies in the future; give the day it happened (today is \(today))")
        }
        return date
    }

    /// One line of text checked by its field's rule (``TextField``): trimmed, not empty, no
    /// control character, something visible, within the field's length. `nil` stays `nil`.
    static func line(_ text: String?, option: String, field: TextField = .line) throws -> String? {
        guard let text else { return nil }
        switch field.check(text) {
        case .success(let checked): return checked
        case .failure(.empty): throw ValidationError("\(option) is empty; leave the option out instead")
        case .failure(let problem): throw ValidationError("\(option) is refused: \(problem)")
        }
    }

    /// Free text such as notes (``TextField/note``): line breaks and tabs are kept, other control
    /// characters refused, at most ``TextField/limit`` characters; empty text is `nil`.
    static func text(_ text: String?, option: String) throws -> String? {
        guard let text else { return nil }
        switch TextField.note.check(text) {
        case .success(let checked): return checked
        case .failure(.empty): return nil
        case .failure(let problem): throw ValidationError("\(option) is refused: \(problem)")
        }
    }

    /// An e-mail address of the usual shape: `local@domain.tld`, no spaces, one `@`, a domain of
    /// dot-separated labels of letters, digits and hyphens.
    static func email(_ text: String?) throws -> String? {
        guard let address = try line(text, option: "--email") else { return nil }
        let accepted = "use an address like name@example.com: one @, no spaces, a domain with a dot"
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw ValidationError("--email '\(address)' is not an e-mail address (\(parts.count - 1) @ signs); \(accepted)")
        }
        let local = parts[0], domain = parts[1]
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        func isLabel(_ label: Substring) -> Bool {
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
        guard !local.isEmpty, local.count <= 64, !local.contains(where: \.isWhitespace),
              !local.hasPrefix("."), !local.hasSuffix("."), !local.contains(".."),
              labels.count >= 2, labels.allSatisfy(isLabel), labels.last!.count >= 2 else {
            throw ValidationError("--email '\(address)' is not an e-mail address; \(accepted)")
        }
        return address
    }

    /// A phone number: digits with optional `+`, spaces, hyphens, dots and parentheses; 5 to 15 digits.
    static func phone(_ text: String?) throws -> String? {
        guard let phone = try line(text, option: "--phone") else { return nil }
        let allowed = CharacterSet(charactersIn: "0123456789+-(). ")
        let digits = phone.unicodeScalars.filter { CharacterSet.decimalDigits.contains($0) && $0.isASCII }.count
        guard phone.unicodeScalars.allSatisfy(allowed.contains), (5...15).contains(digits),
              !phone.dropFirst().contains("+") else {
            throw ValidationError("--phone '\(phone)' is not a phone number; use digits with an optional leading +, "
                + "spaces, hyphens or parentheses (5 to 15 digits), such as +7 912 345-67-89")
        }
        return phone
    }
}
