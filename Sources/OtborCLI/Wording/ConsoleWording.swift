import Foundation
import OtborCore
import OtborReport

/// The terminal's wording in one language: the phrases of the catalogue with their values filled
/// in, counted nouns ("14 шагов", "14 steps"), numbers with a decimal comma in Russian, and dates
/// as words ("2 ноября 2026") in the time zone of the screen, never a machine timestamp.
///
/// Content (titles, questions, names of competencies) comes from the data through ``content(_:)``
/// in the same language, falling back to Russian. JSON and CSV output do not use this.
struct ConsoleWording: Sendable {
    let language: ContentLanguage
    let numbers: NumberFormat
    let dates: DateWording
    /// The report wording of the same language, for the values the reports already word
    /// (decisions, stage kinds, agreement bands).
    let report: ReportStrings

    /// The wording of `language`, showing instants in `timeZone`.
    init(language: ContentLanguage, timeZone: TimeZone = .current) {
        self.language = language
        numbers = NumberFormat(language: language)
        dates = DateWording(language: language, timeZone: timeZone)
        report = ReportStrings(language)
    }

    /// The phrase in this language, each `{name}` replaced by `values[name]`.
    func text(_ phrase: some ConsolePhrase, _ values: [String: String] = [:]) -> String {
        Self.fill(language == .en ? phrase.english : phrase.russian, values)
    }

    // One overload per phrase enum, so a call names its phrase as `words(.paused, […])`.
    func callAsFunction(_ phrase: InterviewPhrase, _ values: [String: String] = [:]) -> String { text(phrase, values) }
    func callAsFunction(_ phrase: PeoplePhrase, _ values: [String: String] = [:]) -> String { text(phrase, values) }
    func callAsFunction(_ phrase: ScoringPhrase, _ values: [String: String] = [:]) -> String { text(phrase, values) }
    func callAsFunction(_ phrase: ContentPhrase, _ values: [String: String] = [:]) -> String { text(phrase, values) }
    func callAsFunction(_ phrase: ColumnPhrase, _ values: [String: String] = [:]) -> String { text(phrase, values) }
    func callAsFunction(_ phrase: UsagePhrase, _ values: [String: String] = [:]) -> String { text(phrase, values) }
    func callAsFunction(_ phrase: DiagnosticPhrase, _ values: [String: String] = [:]) -> String { text(phrase, values) }
    func callAsFunction(_ phrase: StoragePhrase, _ values: [String: String] = [:]) -> String { text(phrase, values) }
    func callAsFunction(_ phrase: RatingsPhrase, _ values: [String: String] = [:]) -> String { text(phrase, values) }
    func callAsFunction(_ phrase: LetterPhrase, _ values: [String: String] = [:]) -> String { text(phrase, values) }

    /// The wording of the command line being run (its `--lang`), bound by `OtborCommand.execute`
    /// while it parses and runs a command: for checks that run before a command's own options are
    /// at hand (the parser's transforms, the `validate()` of option groups). Russian otherwise.
    @TaskLocal static var commandLine = ConsoleWording(language: .ru)

    /// `count` with the noun in the form that goes with it: "5 кандидатов", "5 candidates". A plain
    /// space joins them: a terminal wraps by character, and a plain space is what people search for.
    func count(_ count: Int, _ noun: ConsoleNoun) -> String {
        numbers.whole(count) + " " + noun.noun.form(for: count, in: language)
    }

    /// Content text in this language (falling back to Russian).
    func content(_ text: LocalizedText) -> String { text.text(in: language) }

    // Dates as words, with plain spaces (the reports keep the day and month together with a
    // no-break space; a terminal has no use for it).

    /// A calendar day: "2 ноября 2026", "2 November 2026".
    func day(_ date: CalendarDate) -> String { Self.plain(dates.day(date)) }

    /// The day an instant falls on in the screen's time zone.
    func day(_ instant: Date) -> String { Self.plain(dates.day(instant)) }

    /// Day and clock time of an instant in the screen's time zone: "2 ноября 2026, 14:05".
    func dayAndTime(_ instant: Date) -> String { Self.plain(dates.dayAndTime(instant)) }

    private static func plain(_ text: String) -> String { text.replacingOccurrences(of: "\u{00A0}", with: " ") }

    /// `value` with `digits` decimals: "3,50" in Russian, "3.50" in English; "—" when undefined.
    func number(_ value: Double, _ digits: Int = 2) -> String { numbers.fixed(value, digits) }

    /// A number as people write it, whole when it is (`80`, `150 000`, `4,5`).
    func compact(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return numbers.whole(Int(value)) }
        return CompactNumber.format(value).replacingOccurrences(of: ".", with: numbers.separator)
    }

    /// `value` with three significant digits (a p value such as 0.000123 or 1.2e-05); "—" when undefined.
    func significant(_ value: Double) -> String {
        value.isFinite ? String(format: "%.3g", value).replacingOccurrences(of: ".", with: numbers.separator) : "—"
    }

    /// A whole number, thousands grouped from five digits on.
    func whole(_ value: Int) -> String { numbers.whole(value) }

    /// A list of items joined with commas.
    func list(_ items: [String]) -> String { items.joined(separator: ", ") }

    /// `template` with each `{name}` replaced by `values[name]`; an unknown name stays as written.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { return result + rest[open...] }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] { result += value } else { result += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
