import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Saves one answer and commits it before returning, replacing an earlier answer to the same
    /// step; moves the session's cursor to the step. Refused for a submitted session.
    /// An answer that does not fit its step of the session's guide (``AnswerValue/problems(for:in:)``)
    /// is refused. Answers saved at the same moment by several assessors share one commit
    /// (``GroupCommit``), each in its own savepoint with its audit line.
    public func record(_ answer: RecordedAnswer, session id: SessionID) throws {
        try commits.run({ db in try self.record(db, answer, session: id) },
                        transaction: { body in try write(body) },
                        failure: { StoreFailure.operation($0, path: path) })
        changes.signal(.answer(id))
    }

    /// ``record(_:session:)`` inside a write transaction.
    func record(_ db: Database, _ answer: RecordedAnswer, session id: SessionID) throws {
        let session = try lockedCheck(db, id)
        try checkFits(db, answer, session: session)
        try save(db, answer, session: id)
        try db.execute(sql: "UPDATE session SET cursor = ?, updatedAt = ?, status = 'open' WHERE id = ?",
                       arguments: [answer.step.key, now, id.rawValue])
        try audit(db, actor: session.assessor, action: .answerRecord, subject: "session:\(id)",
                  detail: "\(answer.step.key) \(Self.auditValue(answer.value))")
    }

    /// Saves one answer inside the caller's transaction, replacing an earlier answer to its step.
    func save(_ db: Database, _ answer: RecordedAnswer, session sessionID: SessionID, at savedAt: String? = nil) throws {
        let time = savedAt ?? now
        let id = sessionID.rawValue
        let step = answer.step
        switch answer.value {
        case .rating(let score):
            try Self.checkRating(score)
            try db.cachedStatement(sql: Self.ratingUpsert).execute(arguments: [id, step.key, score, answer.note, time])
        case .checklist(let ticked):
            try db.execute(sql: "DELETE FROM checklist WHERE sessionId = ? AND item = ?", arguments: [id, step.item])
            try db.execute(sql: "INSERT INTO checklist (sessionId, item, note, answeredAt) VALUES (?, ?, ?, ?)",
                           arguments: [id, step.item, answer.note, time])
            for behaviour in ticked.sorted() {
                try db.execute(sql: "INSERT INTO checklist_tick (sessionId, item, behaviour) VALUES (?, ?, ?)",
                               arguments: [id, step.item, behaviour])
            }
        case .classification, .fact:
            // A fact is kept like a classification, its option or amount as text (FactAnswer.stored).
            let option = answer.value.optionColumn
            try db.execute(sql: """
                INSERT INTO classification (sessionId, step, option, note, answeredAt) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (sessionId, step) DO UPDATE SET option = excluded.option, note = excluded.note, answeredAt = excluded.answeredAt
                """, arguments: [id, step.key, option, answer.note, time])
        case .plan(let plan):
            try db.execute(sql: "DELETE FROM task_plan WHERE sessionId = ? AND item = ?", arguments: [id, step.item])
            try db.execute(sql: "INSERT INTO task_plan (sessionId, item, note, answeredAt) VALUES (?, ?, ?, ?)",
                           arguments: [id, step.item, answer.note, time])
            for (position, entry) in plan.entries.enumerated() {
                try db.execute(sql: """
                    INSERT INTO task_plan_entry (sessionId, item, position, task, kept, minutes) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [id, step.item, position, entry.task, entry.kept, entry.minutes])
            }
        }
    }

    /// Refuses a rating outside ``RatingScale`` (`nil`, not assessed, is allowed).
    static func checkRating(_ score: Int?) throws {
        try AnswerAudit.checkRating(score)
    }

    /// Refuses an answer that does not fit its step of the session's guide, as the session recorded it.
    func checkFits(_ db: Database, _ answer: RecordedAnswer, session: InterviewSession) throws {
        let guide = try recordedGuide(db, hash: session.guideHash)
        let problems = answer.value.problems(for: answer.step, in: guide)
        guard problems.isEmpty else {
            throw StoreError.invalid("'\(answer.step.key)' of guide '\(guide.id)': " + problems.map(\.description).joined(separator: "; "))
        }
    }

    /// The guide a session recorded, decoded once per store.
    func recordedGuide(_ db: Database, hash: String) throws -> InterviewGuide {
        try guides.guide(hash: hash) {
            var cache = SnapshotCache()
            return try cache.value(db, hash: hash)
        }
    }

    /// Saves a rating, replacing an earlier one of the same step: arguments session, step, score, note, time.
    static let ratingUpsert = """
        INSERT INTO rating (sessionId, step, score, note, answeredAt) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (sessionId, step) DO UPDATE SET score = excluded.score, note = excluded.note, answeredAt = excluded.answeredAt
        """

    /// What the audit log says about an answer: the value only, never the note.
    static func auditValue(_ value: RecordedAnswer.Value) -> String {
        AnswerAudit.value(value)
    }

    /// Everything recorded in the session.
    public func answers(session id: SessionID) throws -> SessionAnswers {
        try read { db in try answers(db, session: id) }
    }

    func answers(_ db: Database, session sessionID: SessionID) throws -> SessionAnswers {
        let id = sessionID.rawValue
        var answers = SessionAnswers()
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT step, score FROM rating WHERE sessionId = ?"), arguments: [id]) {
            answers.ratings[row[0]] = .some(row[1] as Int?)
        }
        for item in try String.fetchAll(db.cachedStatement(sql: "SELECT item FROM checklist WHERE sessionId = ?"), arguments: [id]) {
            let ticks = try db.cachedStatement(sql: "SELECT behaviour FROM checklist_tick WHERE sessionId = ? AND item = ?")
            answers.checklists[item] = Set(try String.fetchAll(ticks, arguments: [id, item]))
        }
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT step, option FROM classification WHERE sessionId = ?"), arguments: [id]) {
            let key: String = row["step"]
            if let step = InterviewStep(key: key) {
                answers.apply(.optionColumn(key: key, option: row["option"]), to: step)
            } else {
                answers.classifications[key] = .some(row["option"] as String?)
            }
        }
        for item in try String.fetchAll(db.cachedStatement(sql: "SELECT item FROM task_plan WHERE sessionId = ?"), arguments: [id]) {
            let entries = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT task, kept, minutes FROM task_plan_entry WHERE sessionId = ? AND item = ? ORDER BY position
                """), arguments: [id, item]).map { WorkingDayPlan.Entry(task: $0["task"], kept: $0["kept"], minutes: $0["minutes"]) }
            answers.plans[item] = WorkingDayPlan(entries: entries)
        }
        return answers
    }

    /// Evidence notes of the session by step key (empty notes left out).
    public func notes(session id: SessionID) throws -> [String: String] {
        try read { db in try notes(db, session: id) }
    }

    func notes(_ db: Database, session id: SessionID) throws -> [String: String] {
        var notes: [String: String] = [:]
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT step AS key, note FROM rating WHERE sessionId = ?1
            UNION ALL SELECT item || '#checklist', note FROM checklist WHERE sessionId = ?1
            UNION ALL SELECT step, note FROM classification WHERE sessionId = ?1
            UNION ALL SELECT item || '#plan', note FROM task_plan WHERE sessionId = ?1
            """), arguments: [id.rawValue])
        for row in rows {
            let note: String = row[1]
            if !note.isEmpty { notes[row[0]] = note }
        }
        return notes
    }

    /// Answers, notes and red flags of several sessions, read together in one transaction.
    public func sessionDetails(_ ids: [SessionID]) throws -> [SessionDetail] {
        try read { db in
            try ids.map { id in
                SessionDetail(answers: try answers(db, session: id), notes: try notes(db, session: id),
                              redFlags: try redFlags(db, session: id))
            }
        }
    }

    /// Records a red flag the assessor observed (for the profile's knock-out rules).
    public func recordRedFlag(_ flag: RecordedRedFlag, session id: SessionID) throws {
        try write(signalling: "session:\(id)") { db in
            let session = try lockedCheck(db, id)
            try insertRedFlag(db, flag, session: id)
            try audit(db, actor: session.assessor, action: .redFlagRecord, subject: "session:\(id)", detail: flag.flag)
        }
    }

    /// Takes back a recorded red flag, audited; one not recorded changes nothing.
    public func removeRedFlag(_ flag: String, session id: SessionID) throws {
        try write(signalling: "session:\(id)") { db in
            let session = try lockedCheck(db, id)
            try db.execute(sql: "DELETE FROM red_flag WHERE sessionId = ? AND flag = ?", arguments: [id.rawValue, flag])
            guard db.changesCount > 0 else { return }
            try audit(db, actor: session.assessor, action: .redFlagRemove, subject: "session:\(id)", detail: flag)
        }
    }

    func insertRedFlag(_ db: Database, _ flag: RecordedRedFlag, session id: SessionID) throws {
        try db.execute(sql: """
            INSERT INTO red_flag (sessionId, flag, note) VALUES (?, ?, ?)
            ON CONFLICT (sessionId, flag) DO UPDATE SET note = excluded.note
            """, arguments: [id.rawValue, flag.flag, flag.note])
    }

    /// Red flags recorded in the session, by flag id, with their notes.
    public func redFlags(session id: SessionID) throws -> [RecordedRedFlag] {
        try read { db in try redFlags(db, session: id) }
    }

    func redFlags(_ db: Database, session id: SessionID) throws -> [RecordedRedFlag] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT flag, note FROM red_flag WHERE sessionId = ? ORDER BY flag"), arguments: [id.rawValue])
            .map { RecordedRedFlag(flag: $0[0], note: $0[1]) }
    }
}
