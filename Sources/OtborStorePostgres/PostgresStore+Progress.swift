import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// Marks the session paused, adding the time spent in this sitting.
    public func pause(session id: SessionID, addingSeconds seconds: Double) async throws {
        try await write(signalling: "session:\(id)") { db in
            let session = try await lockedCheck(db, id)
            try await db.run("""
                UPDATE session SET status = 'paused', activeSeconds = activeSeconds + \(max(0, seconds)), updatedAt = \(now)
                WHERE id = \(id.rawValue)
                """, logger)
            try await audit(db, actor: session.assessor, action: .sessionPause, subject: "session:\(id)")
        }
    }

    /// Marks a paused or interrupted session open again for another sitting.
    public func reopen(session id: SessionID) async throws -> InterviewSession {
        try await write(signalling: "session:\(id)") { db in
            var session = try await lockedCheck(db, id)
            let time = stamp()
            try await db.run("UPDATE session SET status = 'open', updatedAt = \(time.text) WHERE id = \(id.rawValue)", logger)
            session.status = .open
            session.updatedAt = time.date
            try await audit(db, actor: session.assessor, action: .sessionResume, subject: "session:\(id)")
            return session
        }
    }

    /// Submits the session: from now on it is locked and counts in scores.
    public func submit(session id: SessionID, addingSeconds seconds: Double) async throws {
        try await write(signalling: "session:\(id)") { db in
            let session = try await lockedCheck(db, id)
            let time = now
            try await db.run("""
                UPDATE session SET status = 'submitted', activeSeconds = activeSeconds + \(max(0, seconds)), updatedAt = \(time),
                    submittedAt = \(time) WHERE id = \(id.rawValue)
                """, logger)
            try await audit(db, actor: session.assessor, action: .sessionSubmit, subject: "session:\(id)")
        }
    }

    /// The session, its row locked until the transaction ends (so a submit and an answer never
    /// cross), or an error when it is missing or already submitted.
    func lockedCheck(_ db: PostgresConnection, _ id: SessionID) async throws -> InterviewSession {
        guard let session = try await session(db, id: id, locking: true) else { throw StoreError.unknownSession(id) }
        guard session.status != .submitted else { throw StoreError.sessionLocked(id) }
        return session
    }

    /// Saves where a sitting stands in each of its sessions, in one transaction; refused when any is submitted.
    public func saveNavigation(_ navigation: SittingNavigation, sessions ids: [SessionID]) async throws {
        try await write { db in try await saveNavigation(db, navigation, sessions: ids) }
    }

    /// Records an answer and the navigation of the sitting after it, in one transaction: both are saved, or neither.
    public func record(
        _ answer: RecordedAnswer, session id: SessionID, navigation: SittingNavigation, sittingSessions ids: [SessionID]
    ) async throws {
        try await write { db in
            try await record(db, answer, session: id)
            try await saveNavigation(db, navigation, sessions: ids)
        }
    }

    /// The navigation the last sitting of the session saved; `nil` when none was.
    public func navigation(session id: SessionID) async throws -> SittingNavigation? {
        try await session(id).navigation
    }

    func saveNavigation(_ db: PostgresConnection, _ navigation: SittingNavigation, sessions ids: [SessionID]) async throws {
        let time = now
        let json = String(decoding: try JSONEncoder().encode(navigation), as: UTF8.self)
        for id in ids {
            _ = try await lockedCheck(db, id)
            try await db.run("UPDATE session SET navigation = \(json), updatedAt = \(time) WHERE id = \(id.rawValue)", logger)
        }
    }

    /// Records a red flag the assessor observed (for the profile's knock-out rules).
    public func recordRedFlag(_ flag: RecordedRedFlag, session id: SessionID) async throws {
        try await write(signalling: "session:\(id)") { db in
            let session = try await lockedCheck(db, id)
            try await insertRedFlag(db, flag, session: id)
            try await audit(db, actor: session.assessor, action: .redFlagRecord, subject: "session:\(id)", detail: flag.flag)
        }
    }

    /// Takes back a recorded red flag, audited; one not recorded changes nothing.
    public func removeRedFlag(_ flag: String, session id: SessionID) async throws {
        try await write(signalling: "session:\(id)") { db in
            let session = try await lockedCheck(db, id)
            guard try await db.run("DELETE FROM red_flag WHERE sessionId = \(id.rawValue) AND flag = \(flag) RETURNING 1", logger) > 0 else {
                return
            }
            try await audit(db, actor: session.assessor, action: .redFlagRemove, subject: "session:\(id)", detail: flag)
        }
    }

    func insertRedFlag(_ db: PostgresConnection, _ flag: RecordedRedFlag, session id: SessionID) async throws {
        try await db.run("""
            INSERT INTO red_flag (sessionId, flag, note) VALUES (\(id.rawValue), \(flag.flag), \(flag.note))
            ON CONFLICT (sessionId, flag) DO UPDATE SET note = excluded.note
            """, logger)
    }
}
