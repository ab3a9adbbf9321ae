import Foundation
import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Imports a scoresheet: one new session of `guide` per sheet, by `assessor`, with every answer
    /// and red flag, all in one transaction — if anything is refused (an unknown candidate, a
    /// session the assessor already has, an answer outside the guide), nothing is written.
    ///
    /// Sessions record the profile and guide snapshots exactly as `startSession` does. They are
    /// submitted (locked) unless `submit` is `false`, which leaves them open for
    /// another sitting. `conducted`, when given, becomes `startedAt` (and `submittedAt`);
    /// otherwise the current time is used. `groupRun` ties the sessions of one group sitting
    /// together. The audit log, written in the same transaction by `actor`, gets per session a
    /// `session.import` line listing every answer's value (never its note), then `red-flag.record`
    /// and `session.submit` lines.
    @discardableResult
    public func importSessions(
        _ sheets: [ImportedSheet], profile: JobProfile, guide: InterviewGuide, assessor: String,
        conducted: Date? = nil, submit: Bool = true, groupRun: String? = nil, actor: String
    ) throws -> [InterviewSession] {
        let assessor = assessor.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !assessor.isEmpty else { throw StoreError.invalid("the assessor's name is empty") }
        try ImportedSheet.check(sheets, guide: guide)
        let profileSnapshot = try snapshots.snapshot(kind: "profile", id: profile.id, content: profile)
        let guideSnapshot = try snapshots.snapshot(kind: "guide", id: guide.id, content: guide)
        return try write { db in
            try insertSnapshots(db, profileSnapshot, guideSnapshot)
            let stamp = stamp()
            let time = stamp.text
            let started = conducted.map { (text: StoreTime.format($0), date: StoreTime.rounded($0)) } ?? stamp
            // Ratings are most of an import's rows: written through statements prepared once.
            let ratings = try RatingInserts(db, at: time)
            var sessions: [InterviewSession] = []
            for sheet in sheets {
                // Inserted open: answers of a submitted session are refused by the schema's triggers.
                var session = try insertSession(
                    db, candidate: sheet.candidate, profile: profile.id, profileHash: profileSnapshot.hash, guide: guide,
                    guideHash: guideSnapshot.hash, assessor: assessor, groupRun: groupRun, startedAt: started, at: stamp)
                let subject = "session:\(session.id)"
                // One line for the whole sheet, every answer's value in it (never a note): an import
                // is one act, and a line per answer would double the rows it writes.
                let keys = sheet.answers.map(\.step.key)
                let values = zip(keys, sheet.answers).map { "\($0) \(Self.auditValue($1.value))" }.joined(separator: "; ")
                try audit(db, actor: actor, action: .sessionImport, subject: subject,
                          detail: "candidate:\(sheet.candidate) guide:\(guide.id) hash:\(guideSnapshot.hash.prefix(12)) "
                              + "assessor:\(assessor) answers:\(sheet.answers.count)" + (values.isEmpty ? "" : ": " + values), at: time)
                try ratings.session(session.id.rawValue)
                for (key, answer) in zip(keys, sheet.answers) {
                    if case .rating(let score) = answer.value {
                        try Self.checkRating(score)
                        try ratings.insert(step: key, score: score, note: answer.note)
                    } else {
                        try save(db, answer, session: session.id, at: time)
                    }
                }
                for flag in sheet.redFlags {
                    try insertRedFlag(db, flag, session: session.id)
                    try audit(db, actor: actor, action: .redFlagRecord, subject: subject, detail: flag.flag, at: time)
                }
                session.cursor = sheet.answers.last?.step.key
                if submit {
                    session.status = .submitted
                    session.submittedAt = started.date
                    try audit(db, actor: actor, action: .sessionSubmit, subject: subject, at: time)
                }
                try db.cachedStatement(sql: "UPDATE session SET status = ?, cursor = ?, submittedAt = ? WHERE id = ?")
                    .execute(arguments: [session.status.rawValue, session.cursor, submit ? started.text : nil, session.id.rawValue])
                sessions.append(session)
            }
            return sessions
        }
    }
}
