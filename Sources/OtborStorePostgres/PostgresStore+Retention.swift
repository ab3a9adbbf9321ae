import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// The candidates whose retention deadline (F21) has passed on `today`, and those due within `window` days.
    public func retentionReview(today: CalendarDate, window: Int) async throws -> RetentionReview {
        try await read { db in RetentionReview(today: today, window: window, candidates: try await retentionInputs(db)) }
    }

    /// Erases every candidate whose deadline has passed on `today`, as ``eraseCandidate(_:actor:reason:)``
    /// does, selecting and deleting in one transaction. Returns who was erased.
    public func eraseOverdue(today: CalendarDate, actor: String) async throws -> [RetentionReview.Entry] {
        let erased = try await write { db in
            try await db.run("LOCK TABLE candidate IN SHARE ROW EXCLUSIVE MODE", logger)
            let overdue = RetentionReview(today: today, window: 0, candidates: try await retentionInputs(db)).overdue
            for entry in overdue {
                try await db.run("DELETE FROM candidate WHERE id = \(entry.candidateId.rawValue)", logger)
                try await audit(db, actor: actor, action: .candidateErase, subject: "candidate:\(entry.candidateId)",
                                detail: RetentionReview.erasureReason)
            }
            return overdue
        }
        if !erased.isEmpty { _ = try await scrubErasures(waiting: false) }
        return erased
    }

    /// Every candidate with a recorded deadline, a withdrawal or a decision.
    private func retentionInputs(_ db: PostgresConnection) async throws -> [RetentionReview.Input] {
        try await db.all("""
            SELECT candidate.id, candidate.name, candidate.retentionDeadline, candidate.consentWithdrawn,
                (SELECT min(decision.decidedAt COLLATE "C") FROM decision JOIN application ON application.id = decision.applicationId
                 WHERE application.candidateId = candidate.id AND decision.decision IN (\(unescaped: Self.finalDecisions))) AS firstDecision
            FROM candidate
            WHERE candidate.retentionDeadline IS NOT NULL OR candidate.consentWithdrawn IS NOT NULL
               OR EXISTS (SELECT 1 FROM decision JOIN application ON application.id = decision.applicationId
                          WHERE application.candidateId = candidate.id AND decision.decision IN (\(unescaped: Self.finalDecisions)))
            ORDER BY candidate.id
            """, logger).map { row in
            let (id, name, deadline, withdrawn, first) = try row.decode((Int64, String, String?, String?, String?).self)
            func day(_ text: String?) -> CalendarDate? { text.flatMap { CalendarDate(String($0.prefix(10))) } }
            return RetentionReview.Input(
                candidateId: CandidateID(id), name: name, recordedDeadline: day(deadline),
                firstDecision: first.flatMap(StoreTime.parse).map(CalendarDate.init(utc:)), consentWithdrawn: day(withdrawn))
        }
    }
}
