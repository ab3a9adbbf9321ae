/// A fixed phrase of the terminal. Every phrase enum of the catalogue (``InterviewPhrase``,
/// ``PeoplePhrase``, ``ScoringPhrase``, ``ContentPhrase``, ``ColumnPhrase``, ``UsagePhrase``, ``DiagnosticPhrase``, ``StoragePhrase``, ``RatingsPhrase``) has a Russian and an
/// English text for each case, in its `+Russian.swift` and `+English.swift` files; the compiler checks both are
/// complete. `{name}` in a text marks a value filled in by ``ConsoleWording``; both languages
/// carry the same placeholders.
protocol ConsolePhrase: CaseIterable, Sendable, CustomStringConvertible {
    /// The text in Russian.
    var russian: String { get }
    /// The text in English.
    var english: String { get }
}

extension ConsolePhrase where Self: RawRepresentable, RawValue == String {
    var description: String { "\(Self.self).\(rawValue)" }
}
