import Foundation
import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Saves where a sitting stands (``SittingNavigation``) in each of its sessions, in one
    /// transaction, so the next sitting — in any front end — continues exactly there. Refused when
    /// any of the sessions is submitted.
    public func saveNavigation(_ navigation: SittingNavigation, sessions ids: [SessionID]) throws {
        try write { db in try saveNavigation(db, navigation, sessions: ids) }
    }

    /// Records an answer (as ``record(_:session:)`` does) and the navigation of the sitting after
    /// it in each of `sittingSessions`, in one transaction: both are saved, or neither.
    public func record(
        _ answer: RecordedAnswer, session id: SessionID, navigation: SittingNavigation, sittingSessions ids: [SessionID]
    ) throws {
        try write(signalling: "session:\(id)") { db in
            try record(db, answer, session: id)
            try saveNavigation(db, navigation, sessions: ids)
        }
    }

    /// The navigation the last sitting of the session saved; `nil` when none was (a session not run
    /// yet, imported, or last run before navigation was saved).
    public func navigation(session id: SessionID) throws -> SittingNavigation? {
        try session(id).navigation
    }

    func saveNavigation(_ db: Database, _ navigation: SittingNavigation, sessions ids: [SessionID]) throws {
        let time = now
        let json = String(decoding: try JSONEncoder().encode(navigation), as: UTF8.self)
        for id in ids {
            _ = try lockedCheck(db, id)
            try db.execute(sql: "UPDATE session SET navigation = ?, updatedAt = ? WHERE id = ?", arguments: [json, time, id.rawValue])
        }
    }
}
