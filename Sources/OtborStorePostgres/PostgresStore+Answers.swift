import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// Saves one answer and commits it before returning, replacing an earlier answer to the same
    /// step; moves the session's cursor to the step. Refused for a submitted session and for an
    /// answer that does not fit its step of the session's recorded guide.
    public func record(_ answer: RecordedAnswer, session id: SessionID) async throws {
        try await write { db in try await record(db, answer, session: id) }
    }

    func record(_ db: PostgresConnection, _ answer: RecordedAnswer, session id: SessionID) async throws {
        let session = try await lockedCheck(db, id)
        let guide = try await recordedGuide(db, hash: session.guideHash)
        let problems = answer.value.problems(for: answer.step, in: guide)
        guard problems.isEmpty else {
            throw StoreError.invalid("'\(answer.step.key)' of guide '\(guide.id)': " + problems.map(\.description).joined(separator: "; "))
        }
        try await save(db, answer, session: id)
        // The cursor, the audit line and the change feed's notification in one round trip.
        let time = now, subject = "session:\(id)", change = StoreChange.answer(id).subject
        let detail = "\(answer.step.key) \(AnswerAudit.value(answer.value))"
        try await db.run("""
            WITH moved AS (UPDATE session SET cursor = \(answer.step.key), updatedAt = \(time), status = 'open' WHERE id = \(id.rawValue)),
            audited AS (INSERT INTO audit (at, actor, action, subject, detail)
                        VALUES (\(time), \(session.assessor), \(AuditAction.answerRecord.rawValue), \(subject), \(detail)))
            SELECT pg_notify(\(PostgresChangeFeed.channel), \(change))
            """, logger)
    }

    /// Saves one answer inside the caller's transaction, replacing an earlier answer to its step.
    func save(_ db: PostgresConnection, _ answer: RecordedAnswer, session sessionID: SessionID, at savedAt: String? = nil) async throws {
        let time = savedAt ?? now
        let id = sessionID.rawValue
        let step = answer.step
        switch answer.value {
        case .rating(let score):
            try AnswerAudit.checkRating(score)
            try await db.run("""
                INSERT INTO rating (sessionId, step, score, note, answeredAt) VALUES (\(id), \(step.key), \(score), \(answer.note), \(time))
                ON CONFLICT (sessionId, step) DO UPDATE SET score = excluded.score, note = excluded.note, answeredAt = excluded.answeredAt
                """, logger)
        case .checklist(let ticked):
            try await db.run("DELETE FROM checklist WHERE sessionId = \(id) AND item = \(step.item)", logger)
            try await db.run("""
                INSERT INTO checklist (sessionId, item, note, answeredAt) VALUES (\(id), \(step.item), \(answer.note), \(time))
                """, logger)
            for behaviour in ticked.sorted() {
                try await db.run("INSERT INTO checklist_tick (sessionId, item, behaviour) VALUES (\(id), \(step.item), \(behaviour))", logger)
            }
        case .classification, .fact:
            // A fact is kept like a classification, its option or amount as text (FactAnswer.stored).
            let option = answer.value.optionColumn
            try await db.run("""
                INSERT INTO classification (sessionId, step, option, note, answeredAt) VALUES (\(id), \(step.key), \(option), \(answer.note), \(time))
                ON CONFLICT (sessionId, step) DO UPDATE SET option = excluded.option, note = excluded.note, answeredAt = excluded.answeredAt
                """, logger)
        case .plan(let plan):
            try await db.run("DELETE FROM task_plan WHERE sessionId = \(id) AND item = \(step.item)", logger)
            try await db.run("""
                INSERT INTO task_plan (sessionId, item, note, answeredAt) VALUES (\(id), \(step.item), \(answer.note), \(time))
                """, logger)
            for (position, entry) in plan.entries.enumerated() {
                try await db.run("""
                    INSERT INTO task_plan_entry (sessionId, item, position, task, kept, minutes)
                    VALUES (\(id), \(step.item), \(position), \(entry.task), \(entry.kept ? 1 : 0), \(entry.minutes))
                    """, logger)
            }
        }
    }

    /// Everything recorded in the session.
    public func answers(session id: SessionID) async throws -> SessionAnswers {
        try await read { db in try await answers(db, sessions: [id.rawValue])[id.rawValue] ?? SessionAnswers() }
    }

    /// The answers of many sessions, with one query per table; without `ratings`, their ratings
    /// are left empty (the evidence reads them in bulk, ``EvidenceRatings``).
    func answers(_ db: PostgresConnection, sessions ids: [Int64], ratings: Bool = true) async throws -> [Int64: SessionAnswers] {
        guard !ids.isEmpty else { return [:] }
        return try await answers(db, ratings: ratings, where: "= ANY(\(ids))")
    }

    /// The answers of the sessions whose id matches `condition` (SQL after `sessionId`, e.g.
    /// `IN (SELECT …)`), with one query per table; the condition's binds are its own.
    func answers(_ db: PostgresConnection, ratings: Bool, where condition: PostgresQuery) async throws -> [Int64: SessionAnswers] {
        func select(_ columns: String, _ table: String, _ order: String = "") -> PostgresQuery {
            var query = PostgresQuery(unsafeSQL: "SELECT \(columns) FROM \(table) WHERE sessionId ")
            query.sql += condition.sql + order
            query.binds = condition.binds
            return query
        }
        var result: [Int64: SessionAnswers] = [:]
        for row in try await ratings ? db.all(select("sessionId, step, score", "rating"), logger) : [] {
            let (session, step, score) = try row.decode((Int64, String, Int?).self)
            result[session, default: SessionAnswers()].ratings[step] = .some(score)
        }
        for row in try await db.all(select("sessionId, item", "checklist"), logger) {
            let (session, item) = try row.decode((Int64, String).self)
            result[session, default: SessionAnswers()].checklists[item] = []
        }
        for row in try await db.all(select("sessionId, item, behaviour", "checklist_tick"), logger) {
            let (session, item, behaviour) = try row.decode((Int64, String, String).self)
            result[session, default: SessionAnswers()].checklists[item, default: []].insert(behaviour)
        }
        for row in try await db.all(select("sessionId, step, option", "classification"), logger) {
            let (session, step, option) = try row.decode((Int64, String, String?).self)
            if let key = InterviewStep(key: step) {
                result[session, default: SessionAnswers()].apply(.optionColumn(key: step, option: option), to: key)
            } else {
                result[session, default: SessionAnswers()].classifications[step] = .some(option)
            }
        }
        for row in try await db.all(select("sessionId, item", "task_plan"), logger) {
            let (session, item) = try row.decode((Int64, String).self)
            result[session, default: SessionAnswers()].plans[item] = WorkingDayPlan(entries: [])
        }
        for row in try await db.all(select("sessionId, item, task, kept, minutes", "task_plan_entry", " ORDER BY sessionId, item, position"), logger) {
            let (session, item, task, kept, minutes) = try row.decode((Int64, String, String, Int, Int).self)
            let entry = WorkingDayPlan.Entry(task: task, kept: kept != 0, minutes: minutes)
            result[session, default: SessionAnswers()].plans[item, default: WorkingDayPlan(entries: [])].entries.append(entry)
        }
        return result
    }

    /// Evidence notes of the session by step key (empty notes left out).
    public func notes(session id: SessionID) async throws -> [String: String] {
        try await read { db in try await notes(db, sessions: [id.rawValue])[id.rawValue] ?? [:] }
    }

    func notes(_ db: PostgresConnection, sessions ids: [Int64]) async throws -> [Int64: [String: String]] {
        var notes: [Int64: [String: String]] = [:]
        for row in try await db.all("""
            SELECT sessionId, step, note FROM rating WHERE sessionId = ANY(\(ids))
            UNION ALL SELECT sessionId, item || '#checklist', note FROM checklist WHERE sessionId = ANY(\(ids))
            UNION ALL SELECT sessionId, step, note FROM classification WHERE sessionId = ANY(\(ids))
            UNION ALL SELECT sessionId, item || '#plan', note FROM task_plan WHERE sessionId = ANY(\(ids))
            """, logger) {
            let (session, key, note) = try row.decode((Int64, String, String).self)
            if !note.isEmpty { notes[session, default: [:]][key] = note }
        }
        return notes
    }

    /// Red flags recorded in the session, by flag id, with their notes.
    public func redFlags(session id: SessionID) async throws -> [RecordedRedFlag] {
        try await read { db in try await redFlags(db, sessions: [id.rawValue])[id.rawValue] ?? [] }
    }

    func redFlags(_ db: PostgresConnection, sessions ids: [Int64]) async throws -> [Int64: [RecordedRedFlag]] {
        var flags: [Int64: [RecordedRedFlag]] = [:]
        for row in try await db.all("""
            SELECT sessionId, flag, note FROM red_flag WHERE sessionId = ANY(\(ids)) ORDER BY sessionId, flag COLLATE "C"
            """, logger) {
            let (session, flag, note) = try row.decode((Int64, String, String).self)
            flags[session, default: []].append(RecordedRedFlag(flag: flag, note: note))
        }
        return flags
    }

    /// Answers, notes and red flags of several sessions, read together in one transaction.
    public func sessionDetails(_ ids: [SessionID]) async throws -> [SessionDetail] {
        try await read { db in
            let raw = ids.map(\.rawValue)
            let answers = try await answers(db, sessions: raw), notes = try await notes(db, sessions: raw)
            let flags = try await redFlags(db, sessions: raw)
            return raw.map { SessionDetail(answers: answers[$0] ?? SessionAnswers(), notes: notes[$0] ?? [:], redFlags: flags[$0] ?? []) }
        }
    }
}
