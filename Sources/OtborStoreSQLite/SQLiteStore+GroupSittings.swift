import Foundation
import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Sets up group sitting `id` in one transaction: its record, audited with `actor`, and one open
    /// session per observer and candidate, each audited under its observer.
    public func openGroupSitting(
        id: String, profile: JobProfile, guide: InterviewGuide, pairs: [(observer: String, candidate: CandidateID)], actor: String
    ) throws -> [InterviewSession] {
        let profileSnapshot = try snapshots.snapshot(kind: "profile", id: profile.id, content: profile)
        let guideSnapshot = try snapshots.snapshot(kind: "guide", id: guide.id, content: guide)
        return try write(signalling: "sitting:\(id)") { db in
            try insertSnapshots(db, profileSnapshot, guideSnapshot)
            let time = stamp()
            try db.execute(sql: """
                INSERT INTO group_sitting (id, guide, profile, openedBy, openedAt, timerStartedAt, minutes) VALUES (?, ?, ?, ?, ?, NULL, ?)
                """, arguments: [id, guide.id, profile.id, actor, time.text, guide.duration])
            try audit(db, actor: actor, action: .groupSittingOpen, subject: "group-sitting:\(id)",
                      detail: "guide:\(guide.id) profile:\(profile.id) sessions:\(pairs.count)")
            return try pairs.map { pair in
                let session = try insertSession(
                    db, candidate: pair.candidate, profile: profile.id, profileHash: profileSnapshot.hash, guide: guide,
                    guideHash: guideSnapshot.hash, assessor: pair.observer, groupRun: id, startedAt: time, at: time)
                try audit(db, actor: pair.observer, action: .sessionStart, subject: "session:\(session.id)",
                          detail: "candidate:\(pair.candidate) guide:\(guide.id) hash:\(guideSnapshot.hash.prefix(12))")
                return session
            }
        }
    }

    /// The record of group sitting `id`, `nil` when none was set up with that id.
    public func groupSitting(_ id: String) throws -> GroupSitting? {
        try read { db in try Self.sitting(db, id) }
    }

    /// Starts (or restarts) the exercise timer of sitting `id` at the store's time, audited with `actor`.
    public func startSittingTimer(_ id: String, actor: String) throws -> GroupSitting {
        try write(signalling: "sitting:\(id)") { db in
            try db.execute(sql: "UPDATE group_sitting SET timerStartedAt = ? WHERE id = ?", arguments: [now, id])
            guard db.changesCount > 0, let sitting = try Self.sitting(db, id) else { throw StoreError.invalid("no group sitting \(id)") }
            try audit(db, actor: actor, action: .groupSittingTimer, subject: "group-sitting:\(id)", detail: "minutes:\(sitting.minutes)")
            return sitting
        }
    }

    /// Every group sitting set up, the newest first.
    public func groupSittings() async throws -> [GroupSitting] {
        try read { db in try Self.sittings(db, id: nil) }
    }

    private static func sitting(_ db: Database, _ id: String) throws -> GroupSitting? {
        try sittings(db, id: id).first
    }

    /// The sitting `id`, or every sitting (newest first) when `id` is `nil`.
    private static func sittings(_ db: Database, id: String?) throws -> [GroupSitting] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, guide, profile, openedBy, openedAt, timerStartedAt, minutes FROM group_sitting
            WHERE ?1 IS NULL OR id = ?1 ORDER BY openedAt DESC, id
            """, arguments: [id])
        return try rows.map { row in
            guard let openedAt = StoreTime.parse(row[4]) else { throw StoreError.invalid("group sitting \(row[0] as String) has an unreadable time") }
            return GroupSitting(id: row[0], guide: row[1], profile: row[2], openedBy: row[3], openedAt: openedAt,
                                timerStartedAt: (row[5] as String?).flatMap(StoreTime.parse), minutes: row[6])
        }
    }
}
