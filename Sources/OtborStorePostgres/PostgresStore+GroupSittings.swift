import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// Sets up group sitting `id` in one transaction: its record, audited with `actor`, and one open
    /// session per observer and candidate, each audited under its observer.
    public func openGroupSitting(
        id: String, profile: JobProfile, guide: InterviewGuide, pairs: [(observer: String, candidate: CandidateID)], actor: String
    ) async throws -> [InterviewSession] {
        let profileSnapshot = try Snapshot(kind: "profile", id: profile.id, content: profile)
        let guideSnapshot = try Snapshot(kind: "guide", id: guide.id, content: guide)
        return try await write(signalling: "sitting:\(id)") { db in
            try await insertSnapshots(db, profileSnapshot, guideSnapshot)
            let time = stamp()
            try await db.run("""
                INSERT INTO group_sitting (id, guide, profile, openedBy, openedAt, timerStartedAt, minutes)
                VALUES (\(id), \(guide.id), \(profile.id), \(actor), \(time.text), NULL, \(guide.duration))
                """, logger)
            try await audit(db, actor: actor, action: .groupSittingOpen, subject: "group-sitting:\(id)",
                            detail: "guide:\(guide.id) profile:\(profile.id) sessions:\(pairs.count)")
            var sessions: [InterviewSession] = []
            for pair in pairs {
                let session = try await insertSession(
                    db, candidate: pair.candidate, profile: profile.id, profileHash: profileSnapshot.hash, guide: guide,
                    guideHash: guideSnapshot.hash, assessor: pair.observer, groupRun: id, startedAt: time, at: time)
                try await audit(db, actor: pair.observer, action: .sessionStart, subject: "session:\(session.id)",
                                detail: "candidate:\(pair.candidate) guide:\(guide.id) hash:\(guideSnapshot.hash.prefix(12))")
                sessions.append(session)
            }
            return sessions
        }
    }

    /// The record of group sitting `id`, `nil` when none was set up with that id.
    public func groupSitting(_ id: String) async throws -> GroupSitting? {
        try await read { db in try await sitting(db, id) }
    }

    /// Starts (or restarts) the exercise timer of sitting `id` at the store's time, audited with `actor`.
    public func startSittingTimer(_ id: String, actor: String) async throws -> GroupSitting {
        try await write(signalling: "sitting:\(id)") { db in
            guard try await db.run("UPDATE group_sitting SET timerStartedAt = \(now) WHERE id = \(id) RETURNING 1", logger) > 0,
                  let sitting = try await sitting(db, id) else { throw StoreError.invalid("no group sitting \(id)") }
            try await audit(db, actor: actor, action: .groupSittingTimer, subject: "group-sitting:\(id)", detail: "minutes:\(sitting.minutes)")
            return sitting
        }
    }

    /// Every group sitting set up, the newest first.
    public func groupSittings() async throws -> [GroupSitting] {
        try await read { db in
            try await db.all("""
                SELECT id, guide, profile, openedBy, openedAt, timerStartedAt, minutes FROM group_sitting ORDER BY openedAt DESC, id
                """, logger).map(Self.sitting)
        }
    }

    private func sitting(_ db: PostgresConnection, _ id: String) async throws -> GroupSitting? {
        try await db.all("""
            SELECT id, guide, profile, openedBy, openedAt, timerStartedAt, minutes FROM group_sitting WHERE id = \(id)
            """, logger).first.map(Self.sitting)
    }

    private static func sitting(_ row: PostgresRow) throws -> GroupSitting {
        let (id, guide, profile, openedBy, openedText, timerText, minutes) = try row.decode((String, String, String, String, String, String?, Int64).self)
        guard let openedAt = StoreTime.parse(openedText) else { throw StoreError.invalid("group sitting \(id) has an unreadable time") }
        return GroupSitting(id: id, guide: guide, profile: profile, openedBy: openedBy, openedAt: openedAt,
                            timerStartedAt: timerText.flatMap(StoreTime.parse), minutes: Int(minutes))
    }
}
