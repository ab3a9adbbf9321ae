import Foundation
import OtborStore
import PostgresNIO

/// Reading and writing whole tables, for `otbor db copy` (``CampaignTables``).
extension PostgresStore: CampaignTables {
    public func dumpTables() async throws -> [TableDump] {
        try await read { connection in
            var dumps: [TableDump] = []
            for table in CampaignTable.all { dumps.append(try await dump(table, connection)) }
            return dumps + [try await counters(connection)]
        }
    }

    /// One write transaction: refuses a database with rows, inserts every row in batches
    /// (submitted sessions open until their answers are in, so the lock triggers stay in force for
    /// this load as for everyone), sets the id counters past the copied ids, reads the tables back
    /// and commits only when they match the source (``TableDump/verify(source:loaded:)``).
    public func loadTables(_ tables: [TableDump], progress: @Sendable (TableDigest) -> Void) async throws -> [TableDigest] {
        try await write { connection in
            var counts: [String: Int] = [:]
            for table in CampaignTable.all {
                let rows = try await connection.all(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table.name)"), logger)
                counts[table.name] = Int(try rows.first?.decode(Int64.self) ?? 0)
            }
            try TableDump.refuseNonEmpty(counts, location: location)
            var submitted: [Int64] = []
            for source in tables where source.table != CampaignTable.idCounters {
                let (dump, locking) = source.unlockedForLoading()
                submitted += locking
                try await insert(dump, connection)
                progress(source.digest)
            }
            for id in submitted {
                try await connection.run("UPDATE session SET status = 'submitted' WHERE id = \(id)", logger)
            }
            for source in tables where source.table == CampaignTable.idCounters {
                try await setCounters(source, connection)
                progress(source.digest)
            }
            var loaded: [TableDump] = []
            for source in tables {
                loaded.append(source.table == CampaignTable.idCounters ? try await counters(connection) : try await dump(source.table, connection))
            }
            return try TableDump.verify(source: tables, loaded: loaded)
        }
    }

    /// The identity sequences of the tables with generated ids: the last id each issued (0 for none).
    private func counters(_ connection: PostgresConnection) async throws -> TableDump {
        var rows: [[StoreValue]] = []
        for name in CampaignTable.generatedIDs {
            let found = try await connection.all(PostgresQuery(unsafeSQL: """
                SELECT COALESCE(pg_sequence_last_value(pg_get_serial_sequence('\(name)', 'id')::regclass), 0)
                """), logger)
            rows.append([.text(name), .integer(try found.first?.decode(Int64.self) ?? 0)])
        }
        return TableDump(table: CampaignTable.idCounters, rows: rows)
    }

    /// Sets the identity sequences from copied counters (never below an id in the table), so the
    /// next id issued is past every copied one and every one the source issued.
    private func setCounters(_ counters: TableDump, _ connection: PostgresConnection) async throws {
        for row in counters.rows {
            guard case .text(let name) = row[0], case .integer(let seq) = row[1], CampaignTable.generatedIDs.contains(name) else { continue }
            try await connection.run(PostgresQuery(unsafeSQL: """
                SELECT CASE WHEN m > 0 THEN setval(s, m, true) ELSE setval(s, 1, false) END
                FROM (SELECT pg_get_serial_sequence('\(name)', 'id') AS s,
                             GREATEST($1, COALESCE((SELECT max(id) FROM \(name)), 0)) AS m) AS target
                """, binds: try Self.bindings([.integer(seq)])), logger)
        }
    }

    private static func bindings(_ values: [StoreValue]) throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { try bind(value, into: &bindings) }
        return bindings
    }

    /// Inserts the rows of `dump`, many to a statement (within PostgreSQL's limit of bound values).
    private func insert(_ dump: TableDump, _ connection: PostgresConnection) async throws {
        let width = dump.table.columns.count
        let batch = max(1, 4_000 / width)
        var start = 0
        while start < dump.rows.count {
            let rows = dump.rows[start..<min(start + batch, dump.rows.count)]
            var bindings = PostgresBindings(capacity: rows.count * width)
            var tuples: [String] = []
            for row in rows {
                let first = bindings.count
                tuples.append("(" + (1...width).map { "$\(first + $0)" }.joined(separator: ", ") + ")")
                for value in row { try Self.bind(value, into: &bindings) }
            }
            let sql = "INSERT INTO \(dump.table.name) (\(dump.table.columnList)) VALUES \(tuples.joined(separator: ", "))"
            try await connection.run(PostgresQuery(unsafeSQL: sql, binds: bindings), logger)
            start += batch
        }
    }

    private static func bind(_ value: StoreValue, into bindings: inout PostgresBindings) throws {
        switch value {
        case .null: bindings.appendNull()
        case .integer(let value): try bindings.append(value)
        case .real(let value): try bindings.append(value)
        case .text(let value): try bindings.append(value)
        case .blob(let value): try bindings.append(value)
        }
    }

    private func dump(_ table: CampaignTable, _ connection: PostgresConnection) async throws -> TableDump {
        let rows = try await connection.all(PostgresQuery(unsafeSQL: "SELECT \(table.columnList) FROM \(table.name)"), logger)
        return TableDump(table: table, rows: try rows.map { row in
            try zip(row, table.columns).map { cell, column in try Self.value(cell, column.type) }
        })
    }

    /// A cell as the column's declared type reads it.
    private static func value(_ cell: PostgresCell, _ type: CampaignTable.ColumnType) throws -> StoreValue {
        switch type {
        case .integer: try cell.decode(Int64?.self).map(StoreValue.integer) ?? .null
        case .real: try cell.decode(Double?.self).map(StoreValue.real) ?? .null
        case .text: try cell.decode(String?.self).map(StoreValue.text) ?? .null
        case .blob: try cell.decode(Data?.self).map(StoreValue.blob) ?? .null
        }
    }
}
