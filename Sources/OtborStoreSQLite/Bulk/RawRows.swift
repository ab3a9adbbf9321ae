import GRDB
import GRDBSQLite

/// Steps a prepared SELECT with SQLite's own calls, for the bulk reads that visit millions of
/// rows: the body reads columns straight from the statement, with none of the per-row work of a
/// cursor. Arguments must be set on the statement before (GRDB binds them then).
enum RawRows {
    static func forEach(_ statement: Statement, in db: Database, _ body: (OpaquePointer) throws -> Void) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
            try body(handle)
        }
    }
}
