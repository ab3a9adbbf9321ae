import Foundation

/// The checks of what a person types about a candidate, for every front end (the CLI's options,
/// the console's forms and its JSON API): each fails with a ``FieldProblem`` that names the field
/// as the front end calls it and says what is accepted.
public enum CandidateFields {
    /// A day that must not lie after `today` (consent given, consent withdrawn); `today` when left out.
    public static func pastDate(_ date: CalendarDate?, field: String, today: CalendarDate) throws(FieldProblem) -> CalendarDate {
        guard let date else { return today }
        guard date <= today else {
            throw FieldProblem(field: field, .inFuture(date, today: today))
        }
        return date
    }

    /// One line of text checked by its kind's rule (``TextField``): trimmed, not empty, no control
    /// character, something visible, within the kind's length. `nil` stays `nil`.
    public static func line(_ text: String?, field: String, kind: TextField = .line) throws(FieldProblem) -> String? {
        guard let text else { return nil }
        switch kind.check(text) {
        case .success(let checked): return checked
        case .failure(let problem): throw FieldProblem(field: field, .refused(problem))
        }
    }

    /// Free text such as notes (``TextField/note``): line breaks and tabs are kept, other control
    /// characters refused, at most ``TextField/limit`` characters; empty text is `nil`.
    public static func text(_ text: String?, field: String) throws(FieldProblem) -> String? {
        guard let text else { return nil }
        switch TextField.note.check(text) {
        case .success(let checked): return checked
        case .failure(.empty): return nil
        case .failure(let problem): throw FieldProblem(field: field, .refused(problem))
        }
    }

    /// An e-mail address of the usual shape: `local@domain.tld`, no spaces, one `@`, a domain of
    /// dot-separated labels of letters, digits and hyphens.
    public static func email(_ text: String?, field: String) throws(FieldProblem) -> String? {
        guard let address = try line(text, field: field) else { return nil }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw FieldProblem(field: field, .notAnEmail(address, atSigns: parts.count - 1))
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
            throw FieldProblem(field: field, .notAnEmail(address, atSigns: nil))
        }
        return address
    }

    /// A phone number: digits with optional `+`, spaces, hyphens, dots and parentheses; 5 to 15 digits.
    public static func phone(_ text: String?, field: String) throws(FieldProblem) -> String? {
        guard let phone = try line(text, field: field) else { return nil }
        let allowed = CharacterSet(charactersIn: "0123456789+-(). ")
        let digits = phone.unicodeScalars.filter { CharacterSet.decimalDigits.contains($0) && $0.isASCII }.count
        guard phone.unicodeScalars.allSatisfy(allowed.contains), (5...15).contains(digits),
              !phone.dropFirst().contains("+") else {
            throw FieldProblem(field: field, .notAPhone(phone))
        }
        return phone
    }
}
