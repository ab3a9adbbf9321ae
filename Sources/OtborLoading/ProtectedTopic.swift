/// A personal characteristic an employer may not ask a candidate about (Labour Code of Russia,
/// art. 3 and 64; 152-ФЗ): the words that raise it, in Russian and English. A word matches at the
/// start of a word of the text (a stem: «беремен» matches «беременны»), or, when marked whole,
/// only as the whole word («дети», not «детали»).
public enum ProtectedTopic: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case pregnancy, children, maritalStatus, age, health, religion, nationality, sexuality, politics, tradeUnion

    /// A word of the list: a stem, or a whole word.
    struct Word: Sendable {
        var text: String
        var whole: Bool
    }

    public var description: String {
        switch self {
        case .pregnancy: "pregnancy or maternity leave"
        case .children: "children or family plans"
        case .maritalStatus: "marital status"
        case .age: "age"
        case .health: "health"
        case .religion: "religion"
        case .nationality: "nationality or ethnic origin"
        case .sexuality: "sexual orientation"
        case .politics: "political views"
        case .tradeUnion: "trade-union membership"
        }
    }

    /// The words that raise the topic, lower-case, with «ё» as written and as «е».
    var words: [Word] {
        switch self {
        case .pregnancy: Self.stems("беремен", "декрет", "материнств", "отцовств", "pregnan", "maternity", "paternity")
        case .children:
            Self.wholes("дети", "детей", "детям", "детьми", "ребёнок", "ребенок", "ребёнка", "ребенка", "ребёнку", "ребенку",
                        "детишки", "children", "child", "kids", "childcare")
                + Self.stems("многодет", "бездет", "childless")
        case .maritalStatus:
            Self.stems("замуж", "женат", "супруг", "развод", "семейн", "marital", "married", "spouse", "husband", "divorc")
                + Self.wholes("жена", "жены", "муж", "мужа", "wife")
        case .age: Self.stems("возраст", "пенсионн") + Self.wholes("age", "aged", "how old")
        case .health:
            Self.stems("болезн", "болеет", "болеете", "заболеван", "инвалид", "хроническ", "диагноз", "здоровь", "больничн",
                       "health", "illness", "disabilit", "diagnos", "sick leave")
        case .religion: Self.stems("религи", "вероисповед", "верующ", "religio", "church", "faith")
        case .nationality: Self.stems("национальност", "этническ", "происхожден", "nationality", "ethnic") + Self.wholes("race")
        case .sexuality: Self.stems("сексуальн", "sexual")
        case .politics: Self.stems("политическ", "partisan", "political")
        case .tradeUnion: Self.stems("профсоюз", "trade union", "labour union", "labor union")
        }
    }

    private static func stems(_ words: String...) -> [Word] { words.map { Word(text: $0, whole: false) } }
    private static func wholes(_ words: String...) -> [Word] { words.map { Word(text: $0, whole: true) } }
}
