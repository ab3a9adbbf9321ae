/// The order of candidates by name, the same on every machine whatever its locale (Docs/Scoring.md,
/// "Ranking"): names compare case-insensitively with ё read as е; then as written; then, for
/// identical names only, by id, numerically when both ids are whole numbers ("5" before "12").
/// Strings compare by Swift's `<`: Unicode scalar values of their canonical (NFC) form, no locale.
public struct NameOrder: Sendable, Hashable, Comparable {
    /// The name lower-cased by Unicode's default mapping, with ё as е.
    public var folded: String
    public var name: String
    public var id: String

    public init(name: String, id: String) {
        folded = String(name.lowercased().map { $0 == "ё" ? "е" : $0 })
        self.name = name
        self.id = id
    }

    public static func < (lhs: NameOrder, rhs: NameOrder) -> Bool {
        if lhs.folded != rhs.folded { return lhs.folded < rhs.folded }
        if lhs.name != rhs.name { return lhs.name < rhs.name }
        if let left = Int(lhs.id), let right = Int(rhs.id), left != right { return left < right }
        return lhs.id < rhs.id
    }
}
