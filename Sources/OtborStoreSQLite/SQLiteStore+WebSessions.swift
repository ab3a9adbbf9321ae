import Foundation
import GRDB
import OtborCore
import OtborStore

/// Console sessions: infrastructure, not a change to the campaign, so they leave no audit line
/// (signing in and out does, through ``SQLiteStore/recordSignIn(login:succeeded:)``).
extension SQLiteStore {
    /// Keeps a session's data until `expires` (`nil`: the expiry it had).
    public func saveWebSession(key: String, data: Data, expires: Date?, creating: Bool) throws {
        let until = expires.map(StoreTime.format)
        try write { db in
            if creating {
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM web_session WHERE key = ?", arguments: [key]) == nil else {
                    throw StoreError.duplicateWebSession
                }
            }
            try db.execute(sql: """
                INSERT INTO web_session (key, data, expiresAt) VALUES (?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET data = excluded.data, expiresAt = coalesce(excluded.expiresAt, web_session.expiresAt)
                """, arguments: [key, data, until])
        }
    }

    /// The data of an unexpired session.
    public func webSession(key: String) throws -> StoredWebSession? {
        let time = now
        return try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT data, expiresAt FROM web_session WHERE key = ? AND (expiresAt IS NULL OR expiresAt > ?)
                """, arguments: [key, time]) else { return nil }
            return StoredWebSession(data: row[0], expires: (row[1] as String?).flatMap(StoreTime.parse))
        }
    }

    public func removeWebSession(key: String) throws {
        try write { db in try db.execute(sql: "DELETE FROM web_session WHERE key = ?", arguments: [key]) }
    }

    /// Removes the expired sessions; returns how many.
    public func removeExpiredWebSessions() throws -> Int {
        let time = now
        return try write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE expiresAt IS NOT NULL AND expiresAt <= ?", arguments: [time])
            return db.changesCount
        }
    }
}
