import Foundation
@testable import OtborCLI
import OtborCore
import Testing

/// The terminal's string catalogue: every phrase in both languages, Russian free of English words
/// (proper names, ids, keys and commands aside), English free of Cyrillic, the same values in both.
@Suite("Console phrase catalogue")
struct ConsolePhraseTests {
    static let phrases: [any ConsolePhrase] = InterviewPhrase.allCases.map { $0 as any ConsolePhrase }
        + PeoplePhrase.allCases.map { $0 as any ConsolePhrase } + ScoringPhrase.allCases.map { $0 as any ConsolePhrase }
        + ContentPhrase.allCases.map { $0 as any ConsolePhrase } + ColumnPhrase.allCases.map { $0 as any ConsolePhrase }
        + UsagePhrase.allCases.map { $0 as any ConsolePhrase } + DiagnosticPhrase.allCases.map { $0 as any ConsolePhrase }
        + StoragePhrase.allCases.map { $0 as any ConsolePhrase } + YAMLPhrase.allCases.map { $0 as any ConsolePhrase }
        + RatingsPhrase.allCases.map { $0 as any ConsolePhrase }

    /// Latin words a Russian screen may carry: names of methods, formats and products, the scores
    /// and graphs they name (S100, DISC graphs II and III), protocols, encodings and formats (HTTP, TLS,
    /// UTF-8, YAML), the README, and the keys on the keyboard.
    static let allowedLatin: Set<String> = ["DISC", "HR", "PDF", "CSV", "JSON", "S100", "ICC", "Otbor", "SQLite", "PostgreSQL", "CUSUM", "II", "III",
                                            "Enter", "Esc", "HTTP", "TLS", "README", "Chromium", "UTF", "YAML"]

    /// The words of `text` that are written in Latin letters, leaving out what is not prose: `{values}`,
    /// `` `commands` ``, `--options` and single letters (keys such as n, s, b, q and symbols such as S, G, k).
    static func latinWords(_ text: String) -> [String] {
        var prose = text
        for pattern in [#"\{[a-zA-Z0-9]+\}"#, #"`[^`]*`"#, #"--[a-z-]+"#] {
            prose = prose.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return prose.components(separatedBy: CharacterSet.letters.union(.decimalDigits).inverted)
            .filter { $0.count > 1 && $0.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } }
    }

    /// The `{name}` placeholders of `text`.
    static func placeholders(_ text: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: #"\{([a-zA-Z0-9]+)\}"#)
        let range = NSRange(text.startIndex..., in: text)
        return Set(regex.matches(in: text, range: range).map { String(text[Range($0.range(at: 1), in: text)!]) })
    }

    @Test("every phrase has a Russian and an English text", arguments: phrases)
    func bothLanguages(_ phrase: any ConsolePhrase) {
        let blank = phrase.description == "ColumnPhrase.blank"
        #expect(blank || !phrase.russian.trimmingCharacters(in: .whitespaces).isEmpty, "\(phrase)")
        #expect(blank || !phrase.english.trimmingCharacters(in: .whitespaces).isEmpty, "\(phrase)")
    }

    @Test("the Russian text has no English words outside names, ids, keys and commands", arguments: phrases)
    func russianHasNoEnglish(_ phrase: any ConsolePhrase) {
        let foreign = Self.latinWords(phrase.russian).filter { !Self.allowedLatin.contains($0) }
        #expect(foreign.isEmpty, "\(phrase): \(foreign) in «\(phrase.russian)»")
    }

    @Test("the English text has no Cyrillic", arguments: phrases)
    func englishHasNoCyrillic(_ phrase: any ConsolePhrase) {
        #expect(!phrase.english.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(phrase): \(phrase.english)")
    }

    @Test("both texts take the same values", arguments: phrases)
    func samePlaceholders(_ phrase: any ConsolePhrase) {
        #expect(Self.placeholders(phrase.russian) == Self.placeholders(phrase.english), "\(phrase)")
    }

    @Test("every counted noun has Russian forms without Latin letters beyond DISC and English ones without Cyrillic",
          arguments: ConsoleNoun.allCases)
    func nouns(_ noun: ConsoleNoun) {
        let forms = noun.noun
        for russian in [forms.one, forms.few, forms.many] {
            #expect(Self.latinWords(russian).allSatisfy(Self.allowedLatin.contains), "\(noun): \(russian)")
        }
        for english in [forms.singular, forms.plural] {
            #expect(!english.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(noun): \(english)")
        }
    }

    @Test("the check finds an English word in Russian text, and lets commands, options, values and keys pass")
    func latinWordCheck() {
        #expect(Self.latinWords("Балл: score {s}") == ["score"])
        #expect(Self.latinWords("введите n или `otbor candidates add` с --profile, {name}").isEmpty)
    }

    @Test("counts take the plural form of their number", arguments: [
        (1, "1 кандидат", "1 candidate"), (2, "2 кандидата", "2 candidates"), (5, "5 кандидатов", "5 candidates"),
        (11, "11 кандидатов", "11 candidates"), (21, "21 кандидат", "21 candidates"), (0, "0 кандидатов", "0 candidates"),
    ])
    func plurals(_ count: Int, _ russian: String, _ english: String) {
        #expect(ConsoleWording(language: .ru).count(count, .candidate) == russian)
        #expect(ConsoleWording(language: .en).count(count, .candidate) == english)
    }

    @Test("values fill their placeholders once; an unknown one stays as written")
    func fill() {
        #expect(ConsoleWording.fill("{a} и {b}", ["a": "{b}", "b": "2"]) == "{b} и 2")
        #expect(ConsoleWording.fill("{a} {unknown} {", ["a": "1"]) == "1 {unknown} {")
    }

    @Test("numbers, dates and times: a decimal comma and words in Russian, in the screen's time zone")
    func numbersAndDates() throws {
        let moscow = ConsoleWording(language: .ru, timeZone: try #require(TimeZone(identifier: "Europe/Moscow")))
        let london = ConsoleWording(language: .en, timeZone: try #require(TimeZone(identifier: "Europe/London")))
        #expect(moscow.number(3.456) == "3,46" && london.number(3.456) == "3.46")
        let instant = try #require(ISO8601DateFormatter().date(from: "2026-11-01T22:30:00Z"))
        #expect(moscow.dayAndTime(instant) == "2 ноября 2026, 1:30")
        #expect(london.dayAndTime(instant) == "1 November 2026, 22:30")
        #expect(moscow.day(CalendarDate("2026-11-02")!) == "2 ноября 2026")
    }
}
