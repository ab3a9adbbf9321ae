/// A table's row count and content hash (lower-case hex SHA-256 of its canonical rows).
public struct TableDigest: Sendable, Hashable {
    public var table: String
    public var rows: Int
    public var hash: String

    public init(table: String, rows: Int, hash: String) {
        self.table = table
        self.rows = rows
        self.hash = hash
    }
}
