/// A language a profile requires, at a CEFR level.
public struct LanguageRequirement: Sendable, Hashable, Codable {
    /// CEFR levels in increasing order.
    public enum CEFRLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case a1 = "A1", a2 = "A2", b1 = "B1", b2 = "B2", c1 = "C1", c2 = "C2"

        public static func < (lhs: CEFRLevel, rhs: CEFRLevel) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// ISO 639-1 code, such as `en`.
    public var language: String
    public var level: CEFRLevel
    public var required: Bool
    public var note: LocalizedText?

    public init(language: String, level: CEFRLevel, required: Bool = true, note: LocalizedText? = nil) {
        self.language = language
        self.level = level
        self.required = required
        self.note = note
    }
}
