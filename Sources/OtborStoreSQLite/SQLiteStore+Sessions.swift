import Foundation
import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Opens a session of `guide` for the candidate under `profile`, recording the exact profile
    /// and guide used. One assessor has one session per candidate and guide.
    public func startSession(
        candidate: CandidateID, profile: JobProfile, guide: InterviewGuide, assessor: String, groupRun: String? = nil
    ) throws -> InterviewSession {
        let assessor = assessor.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !assessor.isEmpty else { throw StoreError.invalid("the assessor's name is empty") }
        let profileSnapshot = try snapshots.snapshot(kind: "profile", id: profile.id, content: profile)
        let guideSnapshot = try snapshots.snapshot(kind: "guide", id: guide.id, content: guide)
        return try write(signalling: "candidate:\(candidate)") { db in
            try insertSnapshots(db, profileSnapshot, guideSnapshot)
            let time = stamp()
            let session = try insertSession(
                db, candidate: candidate, profile: profile.id, profileHash: profileSnapshot.hash, guide: guide,
                guideHash: guideSnapshot.hash, assessor: assessor, groupRun: groupRun, startedAt: time, at: time)
            try audit(db, actor: assessor, action: .sessionStart, subject: "session:\(session.id)",
                      detail: "candidate:\(candidate) guide:\(guide.id) hash:\(guideSnapshot.hash.prefix(12))")
            return session
        }
    }

    /// Stores the profile and guide snapshots a session uses (each once per content hash).
    func insertSnapshots(_ db: Database, _ profile: ContentSnapshot, _ guide: ContentSnapshot) throws {
        try profile.insert(db, onConflict: .ignore)
        try guide.insert(db, onConflict: .ignore)
    }

    /// Inserts an open session for the candidate's application (created when missing), refusing
    /// an unknown candidate and a second session of the same assessor on the same guide.
    func insertSession(
        _ db: Database, candidate: CandidateID, profile: String, profileHash: String, guide: InterviewGuide, guideHash: String,
        assessor: String, groupRun: String?, startedAt: (text: String, date: Date), at time: (text: String, date: Date)
    ) throws -> InterviewSession {
        let application = try application(db, candidate: candidate, profile: profile, hash: profileHash)
        // A compiled statement: imports insert thousands of sessions. The schema's unique index
        // refuses a second session; only then is the first one looked up.
        do {
            try db.cachedStatement(sql: """
                INSERT INTO session (applicationId, guide, guideHash, stageKind, assessor, groupRun, plannedMinutes,
                                     activeSeconds, status, cursor, startedAt, updatedAt, submittedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'open', NULL, ?, ?, NULL)
                """).execute(arguments: [application.rawValue, guide.id, guideHash, guide.kind.rawValue, assessor,
                                         groupRun, guide.duration, startedAt.text, time.text])
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            let existing = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM session WHERE applicationId = ? AND guide = ? AND assessor = ?"),
                arguments: [application.rawValue, guide.id, assessor])
            guard let existing else { throw error }
            throw StoreError.duplicateSession(candidate: candidate, guide: guide.id, assessor: assessor, existing: SessionID(existing))
        }
        return InterviewSession(
            id: SessionID(db.lastInsertedRowID), applicationId: application, guide: guide.id, guideHash: guideHash,
            stageKind: guide.kind, assessor: assessor, groupRun: groupRun, plannedMinutes: guide.duration,
            startedAt: startedAt.date, updatedAt: time.date)
    }

    /// The id of the candidate's application for `profile`, created when missing; an unknown candidate is refused.
    func application(_ db: Database, candidate: CandidateID, profile: String, hash: String) throws -> ApplicationID {
        if let found = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM application WHERE candidateId = ? AND profile = ?"),
            arguments: [candidate.rawValue, profile]) {
            return ApplicationID(found)
        }
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM candidate WHERE id = ?"), arguments: [candidate.rawValue]) ?? false else {
            throw StoreError.unknownCandidate(candidate.description)
        }
        try db.execute(sql: "INSERT INTO application (candidateId, profile, profileHash, createdAt) VALUES (?, ?, ?, ?)",
                       arguments: [candidate.rawValue, profile, hash, now])
        return ApplicationID(db.lastInsertedRowID)
    }

    /// The applications of a candidate, or of everyone for `profile`.
    public func applications(candidate: CandidateID? = nil, profile: String? = nil) throws -> [Application] {
        try read { db in
            var conditions = ["1"], arguments: [any DatabaseValueConvertible] = []
            if let candidate { conditions.append("application.candidateId = ?"); arguments.append(candidate.rawValue) }
            if let profile { conditions.append("application.profile = ?"); arguments.append(profile) }
            return try ApplicationRows.fetch(db, where: conditions.joined(separator: " AND "), arguments: StatementArguments(arguments))
        }
    }

    public func session(_ id: SessionID) throws -> InterviewSession {
        try read { db in
            guard let session = try SessionRows.one(db, id: id) else { throw StoreError.unknownSession(id) }
            return session
        }
    }

    /// Sessions, newest last; filtered by candidate, status and group run when given.
    public func sessions(
        candidate: CandidateID? = nil, status: InterviewSession.Status? = nil, groupRun: String? = nil
    ) throws -> [InterviewSession] {
        try read { db in
            var conditions = ["1"], arguments: [any DatabaseValueConvertible] = []
            if let candidate { conditions.append("application.candidateId = ?"); arguments.append(candidate.rawValue) }
            if let status { conditions.append("session.status = ?"); arguments.append(status.rawValue) }
            if let groupRun { conditions.append("session.groupRun = ?"); arguments.append(groupRun) }
            return try SessionRows.fetch(db, where: conditions.joined(separator: " AND "), arguments: StatementArguments(arguments))
        }
    }

    /// The candidate id a session belongs to.
    public func candidateID(of session: InterviewSession) throws -> CandidateID {
        try read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT candidateId FROM application WHERE id = ?",
                                              arguments: [session.applicationId.rawValue]) else { throw StoreError.unknownSession(session.id) }
            return CandidateID(id)
        }
    }

    /// The guide exactly as the session recorded it.
    public func guide(of session: InterviewSession) throws -> InterviewGuide {
        // Decoded once per store: a snapshot never changes, and the console asks on every answer.
        try guides.guide(hash: session.guideHash) { try snapshot(hash: session.guideHash, as: InterviewGuide.self) }
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
    public func pause(session id: SessionID, addingSeconds seconds: Double) throws {
        try write(signalling: "session:\(id)") { db in
            let session = try lockedCheck(db, id)
            try db.execute(sql: "UPDATE session SET status = 'paused', activeSeconds = activeSeconds + ?, updatedAt = ? WHERE id = ?",
                           arguments: [max(0, seconds), now, id.rawValue])
            try audit(db, actor: session.assessor, action: .sessionPause, subject: "session:\(id)")
        }
    }

    /// Marks a paused or interrupted session open again for another sitting.
    public func reopen(session id: SessionID) throws -> InterviewSession {
        try write(signalling: "session:\(id)") { db in
            var session = try lockedCheck(db, id)
            let time = stamp()
            try db.execute(sql: "UPDATE session SET status = 'open', updatedAt = ? WHERE id = ?", arguments: [time.text, id.rawValue])
            session.status = .open
            session.updatedAt = time.date
            try audit(db, actor: session.assessor, action: .sessionResume, subject: "session:\(id)")
            return session
        }
    }

    /// Submits the session: from now on it is locked and counts in scores.
    public func submit(session id: SessionID, addingSeconds seconds: Double = 0) throws {
        try write(signalling: "session:\(id)") { db in
            let session = try lockedCheck(db, id)
            let time = now
            try db.execute(sql: """
                UPDATE session SET status = 'submitted', activeSeconds = activeSeconds + ?, updatedAt = ?, submittedAt = ? WHERE id = ?
                """, arguments: [max(0, seconds), time, time, id.rawValue])
            try audit(db, actor: session.assessor, action: .sessionSubmit, subject: "session:\(id)")
        }
    }

    /// The session, or an error when it is missing or already submitted.
    func lockedCheck(_ db: Database, _ id: SessionID) throws -> InterviewSession {
        guard let session = try SessionRows.one(db, id: id) else { throw StoreError.unknownSession(id) }
        guard session.status != .submitted else { throw StoreError.sessionLocked(id) }
        return session
    }
}
