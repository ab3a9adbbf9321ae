import Foundation
import GRDB

/// Another connection holding a database's write lock (`BEGIN IMMEDIATE`) until released, as a
/// second `otbor` process in the middle of a long write would.
public final class LockHolder {
    private let queue: DatabaseQueue

    public init(path: String) throws {
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
    }

    /// Ends the transaction and closes the connection.
    public func release() throws {
        try queue.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        try queue.close()
    }
}
