import Foundation
import GRDB
import OtborCore
@testable import OtborStore
@testable import OtborStoreSQLite

/// A fresh connection to a campaign database, opened as the next `otbor` process would open it
/// (after a crash this runs SQLite's WAL recovery), for the checks the commands do not print.
struct DatabaseProbe {
    /// One row of the rating table.
    struct RatingRow: Hashable {
        var session: SessionID
        var step: String
        var score: Int?
        var note: String
    }

    let store: SQLiteStore

    init(path: String) throws {
        store = try SQLiteStore(path: path)
    }

    /// `PRAGMA integrity_check`, all its lines: "ok" for a sound file.
    func integrityCheck() throws -> String {
        try store.integrityCheck()
    }

    /// Every rating row as stored, duplicates included, by session and step.
    func ratingRows() throws -> [RatingRow] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT sessionId, step, score, note FROM rating ORDER BY sessionId, step").map {
                RatingRow(session: SessionID($0["sessionId"] as Int64), step: $0["step"], score: $0["score"], note: $0["note"])
            }
        }
    }

    /// The first column of `sql` as integers, such as a count.
    func integers(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws -> [Int64] {
        try store.read { db in try Int64.fetchAll(db, sql: sql, arguments: arguments) }
    }

    /// Every column of every audit row as text, oldest first: the raw values, whatever the record type reads.
    func auditCells() throws -> [[String]] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id").map { row in
                row.databaseValues.map { value in
                    switch value.storage {
                    case .null: ""
                    case .int64(let number): String(number)
                    case .double(let number): String(number)
                    case .string(let text): text
                    case .blob(let data): String(decoding: data, as: UTF8.self)
                    }
                }
            }
        }
    }
}
