/// A noun with its plural forms, so a count reads as people write it: "1 кандидат, 2 кандидата,
/// 5 кандидатов", "1 candidate, 2 candidates".
///
/// Russian chooses among three forms by the last two digits (CLDR's one, few and many); English
/// among two.
public struct CountedNoun: Sendable, Hashable {
    /// Russian forms for 1 (21, 31 …), 2–4 (22–24 …) and 5–20 (0, 25–30 …).
    public let one: String, few: String, many: String
    /// English singular and plural.
    public let singular: String, plural: String

    public init(ru one: String, _ few: String, _ many: String, en singular: String, _ plural: String) {
        self.one = one
        self.few = few
        self.many = many
        self.singular = singular
        self.plural = plural
    }

    /// The form that goes with `count` in `language`, without the number.
    public func form(for count: Int, in language: ContentLanguage) -> String {
        switch language {
        case .en: return abs(count) == 1 ? singular : plural
        case .ru:
            let lastTwo = abs(count) % 100, last = abs(count) % 10
            if (11...14).contains(lastTwo) { return many }
            if last == 1 { return one }
            if (2...4).contains(last) { return few }
            return many
        }
    }

    /// `count` and the noun: "5 кандидатов", "1 stage". Thousands are grouped with a narrow space
    /// in Russian and a comma in English.
    public func counted(_ count: Int, in language: ContentLanguage) -> String {
        NumberFormat(language: language).whole(count) + "\u{00A0}" + form(for: count, in: language)
    }
}
