import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// The candidates whose retention deadline (F21) has passed on `today`, and those due within
    /// `window` days.
    public func retentionReview(today: CalendarDate, window: Int = RetentionReview.defaultWindow) throws -> RetentionReview {
        try read { db in RetentionReview(today: today, window: window, candidates: try retentionInputs(db)) }
    }

    /// Erases every candidate whose deadline has passed on `today`, as ``eraseCandidate(id:actor:reason:)``
    /// does (an anonymous `candidate.erase` tombstone with reason `retention` each), selecting and
    /// deleting in one transaction; the scrub follows as after ``eraseCandidate(_:actor:reason:)``.
    /// Returns who was erased.
    public func eraseOverdue(today: CalendarDate, actor: String) throws -> [RetentionReview.Entry] {
        let erased = try write { db in
            let overdue = RetentionReview(today: today, window: 0, candidates: try retentionInputs(db)).overdue
            for entry in overdue {
                try db.execute(sql: "DELETE FROM candidate WHERE id = ?", arguments: [entry.candidateId.rawValue])
                try audit(db, actor: actor, action: .candidateErase, subject: "candidate:\(entry.candidateId)",
                          detail: RetentionReview.erasureReason)
            }
            if !overdue.isEmpty { try markScrubPending(db) }
            return overdue
        }
        return erased
    }

    /// Every candidate with a recorded deadline, a withdrawal or a decision.
    private func retentionInputs(_ db: Database) throws -> [RetentionReview.Input] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT candidate.id, candidate.name, candidate.retentionDeadline, candidate.consentWithdrawn,
                (SELECT min(decision.decidedAt) FROM decision JOIN application ON application.id = decision.applicationId
                 WHERE application.candidateId = candidate.id AND decision.decision IN (\(SQLiteStore.finalDecisions))) AS firstDecision
            FROM candidate
            WHERE candidate.retentionDeadline IS NOT NULL OR candidate.consentWithdrawn IS NOT NULL
               OR EXISTS (SELECT 1 FROM decision JOIN application ON application.id = decision.applicationId
                          WHERE application.candidateId = candidate.id AND decision.decision IN (\(SQLiteStore.finalDecisions)))
            ORDER BY candidate.id
            """)
        return rows.map { row in
            func day(_ column: String) -> CalendarDate? { (row[column] as String?).flatMap(CalendarDate.init) }
            return RetentionReview.Input(
                candidateId: CandidateID(row["id"]), name: row["name"], recordedDeadline: day("retentionDeadline"),
                firstDecision: (row["firstDecision"] as String?).flatMap(StoreTime.parse).map(CalendarDate.init(utc:)),
                consentWithdrawn: day("consentWithdrawn"))
        }
    }
}
