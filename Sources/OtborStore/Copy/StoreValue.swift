import Foundation

/// One column value of a campaign table as both engines read and write it: the four storage
/// classes of the schema and NULL. Engines convert to and from it by the column's declared
/// ``CampaignTable/ColumnType``, so a value reads the same whichever engine kept it.
public enum StoreValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    /// The value in the canonical text form of a row (``TableDump/canonicalText(_:)``): a tag, and
    /// for text and blobs their length, so no two different rows have the same form.
    /// `-` NULL, `i42`, `r2.5` (Swift's shortest round-trip form), `t5:hello`, `b4:AAEC/w==` (base64).
    public var canonical: String {
        switch self {
        case .null: "-"
        case .integer(let value): "i\(value)"
        case .real(let value): "r\(value)"
        case .text(let value): "t\(value.utf8.count):\(value)"
        case .blob(let value): "b\(value.count):\(value.base64EncodedString())"
        }
    }

    /// The order of primary keys, the same on every engine whatever the database's collation:
    /// NULL first, numbers by value, text by its UTF-8 bytes, blobs by their bytes.
    public static func precedes(_ left: StoreValue, _ right: StoreValue) -> Bool {
        switch (left, right) {
        case (.integer(let a), .integer(let b)): a < b
        case (.real(let a), .real(let b)): a < b
        case (.text(let a), .text(let b)): a.utf8.lexicographicallyPrecedes(b.utf8)
        case (.blob(let a), .blob(let b)): a.lexicographicallyPrecedes(b)
        default: left.rank < right.rank
        }
    }

    private var rank: Int {
        switch self {
        case .null: 0
        case .integer: 1
        case .real: 2
        case .text: 3
        case .blob: 4
        }
    }
}
