import Foundation
import GRDB
import OtborCore

extension Store {
    /// Opens a session of `guide` for the candidate under `profile`, recording the exact profile
    /// and guide used. One assessor has one session per candidate and guide.
    public func startSession(
        candidate: Int64, profile: JobProfile, guide: InterviewGuide, assessor: String, groupRun: String? = nil
    ) throws -> InterviewSession {
        let assessor = assessor.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !assessor.isEmpty else { throw StoreError.invalid("the assessor's name is empty") }
        let profileSnapshot = try snapshots.snapshot(kind: "profile", id: profile.id, content: profile)
        let guideSnapshot = try snapshots.snapshot(kind: "guide", id: guide.id, content: guide)
        return try write { db in
            try profileSnapshot.insert(db, onConflict: .ignore)
            try guideSnapshot.insert(db, onConflict: .ignore)
            let time = now
            let session = try insertSession(
                db, candidate: candidate, profile: profile.id, profileHash: profileSnapshot.hash, guide: guide,
                guideHash: guideSnapshot.hash, assessor: assessor, groupRun: groupRun, startedAt: time, at: time)
            try audit(db, actor: assessor, action: "session.start", subject: "session:\(session.id!)",
                      detail: "candidate:\(candidate) guide:\(guide.id) hash:\(guideSnapshot.hash.prefix(12))")
            return session
        }
    }

    /// Inserts an open session for the candidate's application (created when missing), refusing
    /// an unknown candidate and a second session of the same assessor on the same guide.
    func insertSession(
        _ db: Database, candidate: Int64, profile: String, profileHash: String, guide: InterviewGuide, guideHash: String,
        assessor: String, groupRun: String?, startedAt: String, at time: String
    ) throws -> InterviewSession {
        let application = try application(db, candidate: candidate, profile: profile, hash: profileHash)
        var session = InterviewSession(
            id: nil, applicationId: application.id!, guide: guide.id, guideHash: guideHash,
            stageKind: guide.kind.rawValue, assessor: assessor, groupRun: groupRun, plannedMinutes: guide.duration,
            activeSeconds: 0, status: .open, cursor: nil, startedAt: startedAt, updatedAt: time, submittedAt: nil)
        // A compiled statement, not the record's encoder: imports insert thousands of sessions. The
        // schema's unique index refuses a second session; only then is the first one looked up.
        do {
            try db.cachedStatement(sql: """
                INSERT INTO session (applicationId, guide, guideHash, stageKind, assessor, groupRun, plannedMinutes,
                                     activeSeconds, status, cursor, startedAt, updatedAt, submittedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'open', NULL, ?, ?, NULL)
                """).execute(arguments: [session.applicationId, session.guide, session.guideHash, session.stageKind, session.assessor,
                                         session.groupRun, session.plannedMinutes, session.startedAt, session.updatedAt])
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            let existing = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM session WHERE applicationId = ? AND guide = ? AND assessor = ?"),
                arguments: [application.id, guide.id, assessor])
            guard let existing else { throw error }
            throw StoreError.duplicateSession(candidate: candidate, guide: guide.id, assessor: assessor, existing: existing)
        }
        session.id = db.lastInsertedRowID
        return session
    }

    /// The candidate's application for `profile`, created when missing; an unknown candidate is refused.
    func application(_ db: Database, candidate: Int64, profile: String, hash: String) throws -> Application {
        if let found = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, profileHash, createdAt FROM application WHERE candidateId = ? AND profile = ?"),
            arguments: [candidate, profile]) {
            return Application(id: found[0], candidateId: candidate, profile: profile, profileHash: found[1], createdAt: found[2])
        }
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM candidate WHERE id = ?"), arguments: [candidate]) ?? false else {
            throw StoreError.unknownCandidate(String(candidate))
        }
        var application = Application(id: nil, candidateId: candidate, profile: profile, profileHash: hash, createdAt: now)
        try application.insert(db)
        return application
    }

    /// The applications of a candidate, or of everyone for `profile`.
    public func applications(candidate: Int64? = nil, profile: String? = nil) throws -> [Application] {
        try read { db in
            var request = Application.order(Column("id"))
            if let candidate { request = request.filter(Column("candidateId") == candidate) }
            if let profile { request = request.filter(Column("profile") == profile) }
            return try request.fetchAll(db)
        }
    }

    public func session(_ id: Int64) throws -> InterviewSession {
        try read { db in
            guard let session = try InterviewSession.fetchOne(db, key: id) else { throw StoreError.unknownSession(id) }
            return session
        }
    }

    /// Sessions, newest last; filtered by candidate and status when given.
    public func sessions(candidate: Int64? = nil, status: InterviewSession.Status? = nil) throws -> [InterviewSession] {
        try read { db in
            var request = InterviewSession.order(Column("id"))
            if let candidate {
                let ids = try Int64.fetchAll(db, sql: "SELECT id FROM application WHERE candidateId = ?", arguments: [candidate])
                request = request.filter(ids.contains(Column("applicationId")))
            }
            if let status { request = request.filter(Column("status") == status) }
            return try request.fetchAll(db)
        }
    }

    /// The candidate id a session belongs to.
    public func candidateID(of session: InterviewSession) throws -> Int64 {
        try read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT candidateId FROM application WHERE id = ?",
                                              arguments: [session.applicationId]) else { throw StoreError.unknownSession(session.id ?? 0) }
            return id
        }
    }

    /// The guide exactly as the session recorded it.
    public func guide(of session: InterviewSession) throws -> InterviewGuide {
        try snapshot(hash: session.guideHash, as: InterviewGuide.self)
    }

    /// The profile exactly as the application recorded it.
    public func profile(of application: Application) throws -> JobProfile {
        try snapshot(hash: application.profileHash, as: JobProfile.self)
    }

    func snapshot<Content: Decodable>(hash: String, as type: Content.Type) throws -> Content {
        try read { db in
            var cache = SnapshotCache()
            return try cache.value(db, hash: hash)
        }
    }

    /// Marks the session paused, adding the time spent in this sitting.
    public func pause(session id: Int64, addingSeconds seconds: Double) throws {
        try write { db in
            var session = try lockedCheck(db, id)
            session.status = .paused
            session.activeSeconds += max(0, seconds)
            session.updatedAt = now
            try session.update(db)
            try audit(db, actor: session.assessor, action: "session.pause", subject: "session:\(id)")
        }
    }

    /// Marks a paused or interrupted session open again for another sitting.
    public func reopen(session id: Int64) throws -> InterviewSession {
        try write { db in
            var session = try lockedCheck(db, id)
            session.status = .open
            session.updatedAt = now
            try session.update(db)
            try audit(db, actor: session.assessor, action: "session.resume", subject: "session:\(id)")
            return session
        }
    }

    /// Submits the session: from now on it is locked and counts in scores.
    public func submit(session id: Int64, addingSeconds seconds: Double = 0) throws {
        try write { db in
            var session = try lockedCheck(db, id)
            session.status = .submitted
            session.activeSeconds += max(0, seconds)
            let time = now
            session.updatedAt = time
            session.submittedAt = time
            try session.update(db)
            try audit(db, actor: session.assessor, action: "session.submit", subject: "session:\(id)")
        }
    }

    /// The session, or an error when it is missing or already submitted.
    func lockedCheck(_ db: Database, _ id: Int64) throws -> InterviewSession {
        guard let session = try InterviewSession.fetchOne(db, key: id) else { throw StoreError.unknownSession(id) }
        guard session.status != .submitted else { throw StoreError.sessionLocked(id) }
        return session
    }
}
