import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// Imports a scoresheet: one new session of `guide` per sheet, by `assessor`, with every answer
    /// and red flag, all in one transaction — if anything is refused (an unknown candidate, a
    /// session the assessor already has, an answer outside the guide), nothing is written. The
    /// audit lines are those of the SQLite engine: per session a `session.import` line listing
    /// every answer's value (never its note), then `red-flag.record` and `session.submit` lines.
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
            var sessions: [InterviewSession] = []
            for sheet in sheets {
                // Inserted open: answers of a submitted session are refused by the schema's triggers.
                var session = try await insertSession(
                    db, candidate: sheet.candidate, profile: profile.id, profileHash: profileSnapshot.hash, guide: guide,
                    guideHash: guideSnapshot.hash, assessor: assessor, groupRun: groupRun, startedAt: started, at: stamp)
                let subject = "session:\(session.id)"
                let keys = sheet.answers.map(\.step.key)
                let values = zip(keys, sheet.answers).map { "\($0) \(AnswerAudit.value($1.value))" }.joined(separator: "; ")
                try await audit(db, actor: actor, action: .sessionImport, subject: subject,
                                detail: "candidate:\(sheet.candidate) guide:\(guide.id) hash:\(guideSnapshot.hash.prefix(12)) "
                                    + "assessor:\(assessor) answers:\(sheet.answers.count)" + (values.isEmpty ? "" : ": " + values), at: time)
                for answer in sheet.answers {
                    try await save(db, answer, session: session.id, at: time)
                }
                for flag in sheet.redFlags {
                    try await insertRedFlag(db, flag, session: session.id)
                    try await audit(db, actor: actor, action: .redFlagRecord, subject: subject, detail: flag.flag, at: time)
                }
                session.cursor = sheet.answers.last?.step.key
                if submit {
                    session.status = .submitted
                    session.submittedAt = started.date
                    try await audit(db, actor: actor, action: .sessionSubmit, subject: subject, at: time)
                }
                try await db.run("""
                    UPDATE session SET status = \(session.status.rawValue), cursor = \(session.cursor),
                        submittedAt = \(submit ? started.text : nil) WHERE id = \(session.id.rawValue)
                    """, logger)
                sessions.append(session)
            }
            return sessions
        }
    }
}
