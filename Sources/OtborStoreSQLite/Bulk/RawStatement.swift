import GRDB
import GRDBSQLite

/// A statement of the raw SQLite ceiling: prepared once, bound and stepped with SQLite's own
/// calls. Bindings persist across runs, so a loop binds only what changes.
struct RawStatement {
    private let db: Database
    private let statement: Statement

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    func bind(_ value: Int64, at index: Int32) throws {
        try check(sqlite3_bind_int64(statement.sqliteStatement, index, value))
    }

    func bind(_ value: Int?, at index: Int32) throws {
        try check(value.map { sqlite3_bind_int64(statement.sqliteStatement, index, Int64($0)) }
            ?? sqlite3_bind_null(statement.sqliteStatement, index))
    }

    func bind(_ text: String?, at index: Int32) throws {
        guard let text else { return try check(sqlite3_bind_null(statement.sqliteStatement, index)) }
        try check(text.withCString { sqlite3_bind_text(statement.sqliteStatement, index, $0, -1, Self.transient) })
    }

    /// Steps the statement to completion and resets it for the next run.
    func run() throws {
        let code = sqlite3_step(statement.sqliteStatement)
        sqlite3_reset(statement.sqliteStatement)
        try check(code == SQLITE_DONE ? SQLITE_OK : code)
    }

    private func check(_ code: Int32) throws {
        guard code != SQLITE_OK else { return }
        throw DatabaseError(resultCode: ResultCode(rawValue: code),
                            message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
    }

    /// `SQLITE_TRANSIENT` (SQLite copies the text), which Swift does not import.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
