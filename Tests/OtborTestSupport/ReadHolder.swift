import Foundation
import GRDB

/// Another connection reading a database in an open transaction (`BEGIN` and a `SELECT`) until
/// released, as `otbor export … | less` does while the pager waits: it keeps its snapshot, so the
/// pages it may read cannot be overwritten until it ends.
public final class ReadHolder: Sendable {
    private let queue: DatabaseQueue

    public init(path: String) throws {
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        configuration.readonly = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.inDatabase { db in
            try db.execute(sql: "BEGIN")
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM candidate")
        }
    }

    /// Ends the transaction and closes the connection.
    public func release() throws {
        try queue.inDatabase { db in try db.execute(sql: "COMMIT") }
        try queue.close()
    }
}
