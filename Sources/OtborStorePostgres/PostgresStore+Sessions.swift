import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// Opens a session of `guide` for the candidate under `profile`, recording the exact profile
    /// and guide used. One assessor has one session per candidate and guide.
    public func startSession(
        candidate: CandidateID, profile: JobProfile, guide: InterviewGuide, assessor: String, groupRun: String?
    ) async throws -> InterviewSession {
        let assessor = assessor.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !assessor.isEmpty else { throw StoreError.invalid("the assessor's name is empty") }
        let profileSnapshot = try Snapshot(kind: "profile", id: profile.id, content: profile)
        let guideSnapshot = try Snapshot(kind: "guide", id: guide.id, content: guide)
        return try await write(signalling: "candidate:\(candidate)") { db in
            try await insertSnapshots(db, profileSnapshot, guideSnapshot)
            let time = stamp()
            let session = try await insertSession(
                db, candidate: candidate, profile: profile.id, profileHash: profileSnapshot.hash, guide: guide,
                guideHash: guideSnapshot.hash, assessor: assessor, groupRun: groupRun, startedAt: time, at: time)
            try await audit(db, actor: assessor, action: .sessionStart, subject: "session:\(session.id)",
                            detail: "candidate:\(candidate) guide:\(guide.id) hash:\(guideSnapshot.hash.prefix(12))")
            return session
        }
    }

    /// A profile or guide exactly as a session used it, stored once per content hash.
    struct Snapshot: Sendable {
        var hash: String
        var kind: String
        var contentId: String
        var json: Data

        init<Content: Encodable>(kind: String, id: String, content: Content) throws {
            json = try ContentHash.canonicalJSON(content)
            hash = ContentHash.sha256(json)
            self.kind = kind
            contentId = id
        }
    }

    func insertSnapshots(_ db: PostgresConnection, _ snapshots: Snapshot...) async throws {
        for snapshot in snapshots {
            try await db.run("""
                INSERT INTO content_snapshot (hash, kind, contentId, json)
                VALUES (\(snapshot.hash), \(snapshot.kind), \(snapshot.contentId), \(snapshot.json))
                ON CONFLICT (hash) DO NOTHING
                """, logger)
        }
    }

    /// Inserts an open session for the candidate's application (created when missing), refusing
    /// an unknown candidate and a second session of the same assessor on the same guide.
    func insertSession(
        _ db: PostgresConnection, candidate: CandidateID, profile: String, profileHash: String, guide: InterviewGuide, guideHash: String,
        assessor: String, groupRun: String?, startedAt: (text: String, date: Date), at time: (text: String, date: Date)
    ) async throws -> InterviewSession {
        let application = try await application(db, candidate: candidate, profile: profile, hash: profileHash)
        // The unique index refuses a second session without waiting on an error: ON CONFLICT keeps the transaction usable.
        let inserted = try await db.all("""
            INSERT INTO session (applicationId, guide, guideHash, stageKind, assessor, groupRun, plannedMinutes,
                                 activeSeconds, status, cursor, startedAt, updatedAt, submittedAt)
            VALUES (\(application.rawValue), \(guide.id), \(guideHash), \(guide.kind.rawValue), \(assessor), \(groupRun),
                    \(guide.duration), 0, 'open', NULL, \(startedAt.text), \(time.text), NULL)
            ON CONFLICT (applicationId, guide, assessor) DO NOTHING RETURNING id
            """, logger)
        guard let row = inserted.first else {
            let existing = try await db.all("""
                SELECT id FROM session WHERE applicationId = \(application.rawValue) AND guide = \(guide.id) AND assessor = \(assessor)
                """, logger)[0].decode(Int64.self)
            throw StoreError.duplicateSession(candidate: candidate, guide: guide.id, assessor: assessor, existing: SessionID(existing))
        }
        return InterviewSession(
            id: SessionID(try row.decode(Int64.self)), applicationId: application, guide: guide.id, guideHash: guideHash,
            stageKind: guide.kind, assessor: assessor, groupRun: groupRun, plannedMinutes: guide.duration,
            startedAt: startedAt.date, updatedAt: time.date)
    }

    /// The id of the candidate's application for `profile`, created when missing; an unknown candidate is refused.
    func application(_ db: PostgresConnection, candidate: CandidateID, profile: String, hash: String) async throws -> ApplicationID {
        guard try await db.run("SELECT 1 FROM candidate WHERE id = \(candidate.rawValue) FOR SHARE", logger) > 0 else {
            throw StoreError.unknownCandidate(candidate.description)
        }
        try await db.run("""
            INSERT INTO application (candidateId, profile, profileHash, createdAt) VALUES (\(candidate.rawValue), \(profile), \(hash), \(now))
            ON CONFLICT (candidateId, profile) DO NOTHING
            """, logger)
        let id = try await db.all("""
            SELECT id FROM application WHERE candidateId = \(candidate.rawValue) AND profile = \(profile)
            """, logger)[0].decode(Int64.self)
        return ApplicationID(id)
    }

    /// The applications of a candidate, or of everyone for `profile`.
    public func applications(candidate: CandidateID?, profile: String?) async throws -> [Application] {
        try await read { db in
            try await db.all("""
                SELECT \(unescaped: PostgresRows.applicationColumns) FROM application
                WHERE (\(candidate?.rawValue)::bigint IS NULL OR candidateId = \(candidate?.rawValue))
                  AND (\(profile)::text IS NULL OR profile = \(profile)) ORDER BY application.id
                """, logger).map(PostgresRows.application)
        }
    }

    public func session(_ id: SessionID) async throws -> InterviewSession {
        try await read { db in
            guard let session = try await session(db, id: id) else { throw StoreError.unknownSession(id) }
            return session
        }
    }

    func session(_ db: PostgresConnection, id: SessionID, locking: Bool = false) async throws -> InterviewSession? {
        try await db.all("""
            SELECT \(unescaped: PostgresRows.sessionColumns) FROM session WHERE session.id = \(id.rawValue)\(unescaped: locking ? " FOR UPDATE" : "")
            """, logger).first.map(PostgresRows.session)
    }

    /// Sessions matching `condition` (SQL after WHERE over `session` joined to its `application`), by id.
    /// The bulk read of the evidence sorts them here, not on the server: a sort of every wide
    /// session row of a large campaign spills to disk with the server's default `work_mem`.
    func sessions(_ db: PostgresConnection, where condition: PostgresQuery, sortedByServer: Bool = true) async throws -> [InterviewSession] {
        var query: PostgresQuery = """
            SELECT \(unescaped: PostgresRows.sessionColumns) FROM session JOIN application ON application.id = session.applicationId WHERE
            """
        query.sql += " " + condition.sql + (sortedByServer ? " ORDER BY session.id" : "")
        query.binds = condition.binds
        // Decoded as the rows arrive, while the server still sends the rest.
        var texts = CellTexts(), sessions: [InterviewSession] = []
        for try await row in try await db.query(query, logger: logger) { sessions.append(try PostgresRows.session(row, texts: &texts)) }
        return sortedByServer ? sessions : Self.byID(sessions)
    }

    /// `sessions` by id: as they are when already in order; otherwise the ids are sorted, not the
    /// sessions, which are large to move.
    static func byID(_ sessions: [InterviewSession]) -> [InterviewSession] {
        guard zip(sessions, sessions.dropFirst()).contains(where: { $0.id.rawValue > $1.id.rawValue }) else { return sessions }
        return sessions.indices.sorted { sessions[$0].id.rawValue < sessions[$1].id.rawValue }.map { sessions[$0] }
    }

    /// Sessions, newest last; filtered by candidate, status and group run when given.
    public func sessions(candidate: CandidateID?, status: InterviewSession.Status?, groupRun: String?) async throws -> [InterviewSession] {
        try await read { db in
            try await sessions(db, where: """
                (\(candidate?.rawValue)::bigint IS NULL OR application.candidateId = \(candidate?.rawValue))
                AND (\(status?.rawValue)::text IS NULL OR session.status = \(status?.rawValue))
                AND (\(groupRun)::text IS NULL OR session.groupRun = \(groupRun))
                """)
        }
    }

    /// The candidate id a session belongs to.
    public func candidateID(of session: InterviewSession) async throws -> CandidateID {
        try await read { db in
            guard let row = try await db.all("SELECT candidateId FROM application WHERE id = \(session.applicationId.rawValue)", logger).first
            else { throw StoreError.unknownSession(session.id) }
            return CandidateID(try row.decode(Int64.self))
        }
    }

    /// The guide exactly as the session recorded it.
    public func guide(of session: InterviewSession) async throws -> InterviewGuide {
        try await guides.guide(hash: session.guideHash) { try await read { db in try await snapshot(db, hash: session.guideHash) } }
    }

    /// The profile exactly as the application recorded it.
    public func profile(of application: Application) async throws -> JobProfile {
        try await read { db in try await snapshot(db, hash: application.profileHash) }
    }

    /// The guide a session recorded, decoded once per store.
    func recordedGuide(_ db: PostgresConnection, hash: String) async throws -> InterviewGuide {
        try await guides.guide(hash: hash) { try await snapshot(db, hash: hash) }
    }

    func snapshot<Content: Decodable>(_ db: PostgresConnection, hash: String) async throws -> Content {
        guard let row = try await db.all("SELECT json FROM content_snapshot WHERE hash = \(hash)", logger).first else {
            throw StoreError.invalid("the content snapshot \(hash.prefix(12)) is missing from the database")
        }
        return try JSONDecoder().decode(Content.self, from: try row.decode(Data.self))
    }
}
