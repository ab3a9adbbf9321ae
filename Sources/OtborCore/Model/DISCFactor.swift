/// One of the four DISC factors.
public enum DISCFactor: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case d = "D"
    case i = "I"
    case s = "S"
    case c = "C"

    public static func < (lhs: DISCFactor, rhs: DISCFactor) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Reads a factor letter, accepting lower case and the Cyrillic and other look-alikes
    /// that documents typed on a Russian keyboard contain (`С` → `C`, `І` → `I`, `Ѕ` → `S`).
    public init?(lenient character: Character) {
        let folded: Character
        switch character {
        case "С", "с": folded = "C"
        case "І", "і", "Ӏ": folded = "I"
        case "Ѕ", "ѕ": folded = "S"
        default: folded = Character(character.uppercased())
        }
        self.init(rawValue: String(folded))
    }
}

/// A DISC style code such as `SC`: one to four distinct factors, most pronounced first.
public struct DISCStyle: Sendable, Hashable, Codable, CustomStringConvertible {
    public var factors: [DISCFactor]

    public init(factors: [DISCFactor]) {
        self.factors = factors
    }

    /// Parses a code leniently (see ``DISCFactor/init(lenient:)``); `nil` for an empty code,
    /// a letter outside D/I/S/C, or a repeated letter.
    public init?(lenient code: String) {
        var factors: [DISCFactor] = []
        for character in code where !character.isWhitespace {
            guard let factor = DISCFactor(lenient: character), !factors.contains(factor) else { return nil }
            factors.append(factor)
        }
        guard !factors.isEmpty else { return nil }
        self.factors = factors
    }

    public var description: String { factors.map(\.rawValue).joined() }
}
