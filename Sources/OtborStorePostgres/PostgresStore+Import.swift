import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// Imports a scoresheet: one new session of `guide` per sheet, by `assessor`, with every answer
    /// and red flag, all in one transaction — if anything is refused (an unknown candidate, a
    /// session the assessor already has, an answer outside the guide), nothing is written, and the
    /// refusal is the one of the first sheet in order that has one. The audit lines are those of
    /// the SQLite engine, in the same order: per session a `session.import` line listing every
    /// answer's value (never its note), then `red-flag.record` and `session.submit` lines.
    ///
    /// Rows go in whole columns at a time (`INSERT … SELECT FROM unnest(…)` with the columns bound
    /// as array parameters): a handful of round trips per call, not several per sheet.
    @discardableResult
    public func importSessions(
        _ sheets: [ImportedSheet], profile: JobProfile, guide: InterviewGuide, assessor: String,
        conducted: Date?, submit: Bool, groupRun: String?, actor: String
    ) async throws -> [InterviewSession] {
        let assessor = assessor.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !assessor.isEmpty else { throw StoreError.invalid("the assessor's name is empty") }
        try ImportedSheet.check(sheets, guide: guide)
        let profileSnapshot = try Snapshot(kind: "profile", id: profile.id, content: profile)
        let guideSnapshot = try Snapshot(kind: "guide", id: guide.id, content: guide)
        return try await write { db in
            try await insertSnapshots(db, profileSnapshot, guideSnapshot)
            let stamp = stamp()
            let time = stamp.text
            let started = conducted.map { (text: StoreTime.format($0), date: StoreTime.rounded($0)) } ?? stamp
            let candidates = sheets.map(\.candidate.rawValue)
            let known = Set(try await db.all("SELECT id FROM candidate WHERE id = ANY(\(candidates)) FOR SHARE", logger)
                .map { try $0.decode(Int64.self) })
            let wanted = Array(Set(candidates).intersection(known))
            try await db.run("""
                INSERT INTO application (candidateId, profile, profileHash, createdAt)
                SELECT c, \(profile.id), \(profileSnapshot.hash), \(time) FROM unnest(\(wanted)::bigint[]) AS c ORDER BY c
                ON CONFLICT (candidateId, profile) DO NOTHING
                """, logger)
            var applications: [Int64: Int64] = [:]
            for row in try await db.all("""
                SELECT candidateId, id FROM application WHERE profile = \(profile.id) AND candidateId = ANY(\(wanted))
                """, logger) {
                let (candidate, id) = try row.decode((Int64, Int64).self)
                applications[candidate] = id
            }
            // One session per application, in sheet order; the unique index skips those the assessor has already.
            var order: [Int64] = [], seen: Set<Int64> = []
            for candidate in candidates {
                if let application = applications[candidate], seen.insert(application).inserted { order.append(application) }
            }
            var sessionIDs: [Int64: Int64] = [:]
            for row in try await db.all("""
                INSERT INTO session (applicationId, guide, guideHash, stageKind, assessor, groupRun, plannedMinutes,
                                     activeSeconds, status, cursor, startedAt, updatedAt, submittedAt)
                SELECT a, \(guide.id), \(guideSnapshot.hash), \(guide.kind.rawValue), \(assessor), \(groupRun), \(guide.duration),
                       0, 'open', NULL, \(started.text), \(time), NULL
                FROM unnest(\(order)::bigint[]) WITH ORDINALITY AS s(a, n) ORDER BY n
                ON CONFLICT (applicationId, guide, assessor) DO NOTHING RETURNING applicationId, id
                """, logger) {
                let (application, id) = try row.decode((Int64, Int64).self)
                sessionIDs[application] = id
            }
            var sessions: [InterviewSession] = []
            var used: Set<Int64> = []
            var audit = ImportAudit()
            var ratings = ImportRatings()
            for sheet in sheets {
                let candidate = sheet.candidate
                guard known.contains(candidate.rawValue), let application = applications[candidate.rawValue] else {
                    throw StoreError.unknownCandidate(candidate.description)
                }
                guard let id = sessionIDs[application], used.insert(id).inserted else {
                    let existing = try await db.all("""
                        SELECT id FROM session WHERE applicationId = \(application) AND guide = \(guide.id) AND assessor = \(assessor)
                        """, logger)[0].decode(Int64.self)
                    throw StoreError.duplicateSession(candidate: candidate, guide: guide.id, assessor: assessor, existing: SessionID(existing))
                }
                var session = InterviewSession(
                    id: SessionID(id), applicationId: ApplicationID(application), guide: guide.id, guideHash: guideSnapshot.hash,
                    stageKind: guide.kind, assessor: assessor, groupRun: groupRun, plannedMinutes: guide.duration,
                    startedAt: started.date, updatedAt: stamp.date)
                let subject = "session:\(session.id)"
                let values = sheet.answers.map { "\($0.step.key) \(AnswerAudit.value($0.value))" }.joined(separator: "; ")
                audit.add(.sessionImport, subject, "candidate:\(candidate) guide:\(guide.id) hash:\(guideSnapshot.hash.prefix(12)) "
                            + "assessor:\(assessor) answers:\(sheet.answers.count)" + (values.isEmpty ? "" : ": " + values))
                for answer in sheet.answers {
                    if case .rating(let score) = answer.value {
                        try AnswerAudit.checkRating(score)
                        ratings.add(session: id, step: answer.step.key, score: score, note: answer.note)
                    } else {
                        try await save(db, answer, session: session.id, at: time)
                    }
                }
                for flag in sheet.redFlags {
                    try await insertRedFlag(db, flag, session: session.id)
                    audit.add(.redFlagRecord, subject, flag.flag)
                }
                session.cursor = sheet.answers.last?.step.key
                if submit {
                    session.status = .submitted
                    session.submittedAt = started.date
                    audit.add(.sessionSubmit, subject, "")
                }
                sessions.append(session)
            }
            try await ratings.insert(db, at: time, logger: logger)
            try await db.run("""
                INSERT INTO audit (at, actor, action, subject, detail)
                SELECT \(time), \(actor), a, s, d FROM unnest(\(audit.actions)::text[], \(audit.subjects)::text[], \(audit.details)::text[])
                    WITH ORDINALITY AS x(a, s, d, n) ORDER BY n
                """, logger)
            let ids = sessions.map(\.id.rawValue), cursors = sessions.map { $0.cursor ?? "" }
            try await db.run("""
                UPDATE session SET status = \(submit ? "submitted" : "open"), cursor = NULLIF(c.cursor, ''),
                    submittedAt = \(submit ? started.text : nil)
                FROM unnest(\(ids)::bigint[], \(cursors)::text[]) AS c(id, cursor) WHERE session.id = c.id
                """, logger)
            return sessions
        }
    }
}
