import Foundation
import GRDB
import OtborStore

/// SQLite's failures as the store's errors, each naming the file: what people can act on, not a
/// bare SQLite code.
enum StoreFailure {
    /// A failure while opening the database at `path`.
    static func opening(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return StoreError.notADatabase(path: path, reason: error.message ?? "file is not a database")
        default:
            if let known = known(error, path: path) { return known }
            // Such as a folder where SQLite may not create the WAL: say which file, not only the SQLite code.
            return StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// A failure of an operation on the open database at `path`.
    static func operation(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        return known(error, path: path) ?? error
    }

    /// The failures worded the same way whenever they happen: a full disk. (A lock held too long is
    /// ``LockWait/retrying(path:_:)``'s to report.)
    private static func known(_ error: DatabaseError, path: String) -> StoreError? {
        switch error.resultCode {
        case .SQLITE_FULL:
            return .diskFull(path: path)
        case .SQLITE_IOERR where StoreFile.isFull(folderOf: path):
            // SQLite reports a full disk met while growing the -shm file as a plain I/O error.
            return .diskFull(path: path)
        default:
            return nil
        }
    }
}
