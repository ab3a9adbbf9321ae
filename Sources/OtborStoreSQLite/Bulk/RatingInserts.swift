import GRDB
import GRDBSQLite

/// The rating rows of an import — most of the rows it writes — through one statement prepared
/// per import and stepped with SQLite's own calls. The time is bound once and the session once per
/// sheet (SQLite keeps bindings across resets), so each rating binds only its step, score and note.
///
/// The SQL is ``SQLiteStore/ratingUpsert``, the one ``SQLiteStore/record(_:session:)`` uses, so an imported
/// rating and an interactive one are the same row.
final class RatingInserts {
    private let db: Database
    private let statement: Statement

    init(_ db: Database, at time: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: SQLiteStore.ratingUpsert)
        try bind(time, at: 5)
    }

    /// The session the next ratings belong to.
    func session(_ id: Int64) throws {
        try check(sqlite3_bind_int64(statement.sqliteStatement, 1, id))
    }

    /// Writes a rating (1…5, or `nil` for not assessed) of `step`.
    func insert(step: String, score: Int?, note: String) throws {
        let handle = statement.sqliteStatement
        try bind(step, at: 2)
        try check(score.map { sqlite3_bind_int64(handle, 3, Int64($0)) } ?? sqlite3_bind_null(handle, 3))
        try bind(note, at: 4)
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        try check(code == SQLITE_DONE ? SQLITE_OK : code)
    }

    /// Binds a copy of `text` (SQLite's transient binding), so nothing points into Swift storage.
    private func bind(_ text: String, at index: Int32) throws {
        try check(text.withCString { sqlite3_bind_text(statement.sqliteStatement, index, $0, -1, Self.transient) })
    }

    private func check(_ code: Int32) throws {
        guard code != SQLITE_OK else { return }
        throw DatabaseError(resultCode: ResultCode(rawValue: code),
                            message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
    }

    /// `SQLITE_TRANSIENT`, which Swift does not import.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
