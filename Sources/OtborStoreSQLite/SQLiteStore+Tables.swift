import Foundation
import GRDB
import OtborStore

/// Reading and writing whole tables, for `otbor db copy` (``CampaignTables``).
extension SQLiteStore: CampaignTables {
    public func dumpTables() throws -> [TableDump] {
        try read { db in try CampaignTable.all.map { try Self.dump($0, db) } + [try Self.counters(db)] }
    }

    /// One write transaction: refuses a database with rows, inserts every row (submitted sessions
    /// open until their answers are in, so the lock triggers stay in force), reads the tables back
    /// and commits only when they match the source (``TableDump/verify(source:loaded:)``).
    public func loadTables(_ tables: [TableDump], progress: @Sendable (TableDigest) -> Void) throws -> [TableDigest] {
        try write { db in
            var counts: [String: Int] = [:]
            for table in CampaignTable.all {
                counts[table.name] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.name)") ?? 0
            }
            try TableDump.refuseNonEmpty(counts, location: path)
            var submitted: [Int64] = []
            for source in tables where source.table != CampaignTable.idCounters {
                let (dump, locking) = source.unlockedForLoading()
                submitted += locking
                let marks = Array(repeating: "?", count: dump.table.columns.count).joined(separator: ", ")
                let statement = try db.makeStatement(sql: "INSERT INTO \(dump.table.name) (\(dump.table.columnList)) VALUES (\(marks))")
                for row in dump.rows {
                    try statement.execute(arguments: StatementArguments(row.map(Self.databaseValue)))
                }
                progress(source.digest)
            }
            let submit = try db.makeStatement(sql: "UPDATE session SET status = 'submitted' WHERE id = ?")
            for id in submitted { try submit.execute(arguments: [id]) }
            for source in tables where source.table == CampaignTable.idCounters {
                try Self.setCounters(source, db)
                progress(source.digest)
            }
            let loaded = try tables.map { $0.table == CampaignTable.idCounters ? try Self.counters(db) : try Self.dump($0.table, db) }
            return try TableDump.verify(source: tables, loaded: loaded)
        }
    }

    /// `sqlite_sequence` for the tables with generated ids (0 where it has no row).
    private static func counters(_ db: Database) throws -> TableDump {
        let rows = try CampaignTable.generatedIDs.map { name -> [StoreValue] in
            [.text(name), .integer(try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = ?", arguments: [name]) ?? 0)]
        }
        return TableDump(table: CampaignTable.idCounters, rows: rows)
    }

    /// Sets `sqlite_sequence` from copied counters; SQLite then issues ids past them and past every row.
    private static func setCounters(_ counters: TableDump, _ db: Database) throws {
        for row in counters.rows {
            guard case .text(let name) = row[0], case .integer(let seq) = row[1], CampaignTable.generatedIDs.contains(name) else { continue }
            try db.execute(sql: "DELETE FROM sqlite_sequence WHERE name = ?", arguments: [name])
            if seq > 0 { try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", arguments: [name, seq]) }
        }
    }

    private static func dump(_ table: CampaignTable, _ db: Database) throws -> TableDump {
        let rows = try Row.fetchAll(db, sql: "SELECT \(table.columnList) FROM \(table.name)").map { row in
            try table.columns.indices.map { try value(row[$0] as DatabaseValue, table.columns[$0], table: table.name) }
        }
        return TableDump(table: table, rows: rows)
    }

    /// A stored value as the column's declared type reads it (SQLite may store `2.0` in a REAL
    /// column as an integer).
    private static func value(_ stored: DatabaseValue, _ column: CampaignTable.Column, table: String) throws -> StoreValue {
        switch (stored.storage, column.type) {
        case (.null, _): return .null
        case (.int64(let value), .integer): return .integer(value)
        case (.int64(let value), .real): return .real(Double(value))
        case (.double(let value), .real): return .real(value)
        case (.string(let value), .text): return .text(value)
        case (.blob(let value), .blob): return .blob(value)
        default:
            throw StoreError.invalid("the database is damaged: \(table).\(column.name) holds \(stored) where the schema declares \(column.type)")
        }
    }

    private static func databaseValue(_ value: StoreValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let value): value.databaseValue
        case .real(let value): value.databaseValue
        case .text(let value): value.databaseValue
        case .blob(let value): value.databaseValue
        }
    }
}
