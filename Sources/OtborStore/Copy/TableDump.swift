import Foundation

/// Every row of one campaign table, in primary-key order (``StoreValue/precedes(_:_:)``), with
/// typed values: what an engine's `dumpTables()` returns and its `loadTables(_:progress:)` takes,
/// so no SQL text passes between engines.
public struct TableDump: Sendable, Equatable {
    public var table: CampaignTable
    public private(set) var rows: [[StoreValue]]

    /// The rows of `table`, put in primary-key order.
    public init(table: CampaignTable, rows: [[StoreValue]]) {
        self.table = table
        let key = table.keyCount
        self.rows = rows.sorted { left, right in
            for index in 0..<key where left[index] != right[index] {
                return StoreValue.precedes(left[index], right[index])
            }
            return false
        }
    }

    /// The canonical text form of a row: each value's ``StoreValue/canonical`` form, joined by `|`,
    /// ended by a newline. The content hash of a table is the SHA-256 of its rows' forms in order.
    public static func canonicalText(_ row: [StoreValue]) -> String {
        row.map(\.canonical).joined(separator: "|") + "\n"
    }

    /// The table's row count and content hash, computed the same way whichever engine read it.
    public var digest: TableDigest {
        var text = Data()
        for row in rows { text.append(contentsOf: Self.canonicalText(row).utf8) }
        return TableDigest(table: table.name, rows: rows.count, hash: ContentHash.sha256(text))
    }

    /// The rows as a load inserts them first: submitted sessions as open, so that their answers
    /// can go in with the lock triggers in force; `submitted` are the ids to submit (lock) once
    /// every answer is in. Other tables are returned unchanged.
    public func unlockedForLoading() -> (dump: TableDump, submitted: [Int64]) {
        guard table.name == "session", let status = table.columns.firstIndex(where: { $0.name == "status" }) else {
            return (self, [])
        }
        var copy = self
        var submitted: [Int64] = []
        for index in copy.rows.indices where copy.rows[index][status] == .text("submitted") {
            if case .integer(let id) = copy.rows[index][0] { submitted.append(id) }
            copy.rows[index][status] = .text("open")
        }
        return (copy, submitted)
    }
}
