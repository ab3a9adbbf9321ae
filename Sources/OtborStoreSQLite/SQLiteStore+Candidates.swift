import Foundation
import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Adds a candidate; the audit records the id only.
    @discardableResult
    public func addCandidate(_ candidate: NewCandidate, actor: String) throws -> Candidate {
        if let problem = candidate.problem { throw StoreError.invalid(problem) }
        let (time, date) = stamp()
        return try write { db in
            try db.execute(sql: """
                INSERT INTO candidate (name, email, phone, source, consentDate, fairnessGroup, notes, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [candidate.name, candidate.email, candidate.phone, candidate.source,
                                 candidate.consentDate.description, candidate.fairnessGroup, candidate.notes, time])
            let id = CandidateID(db.lastInsertedRowID)
            try audit(db, actor: actor, action: .candidateAdd, subject: "candidate:\(id)")
            return Candidate(id: id, name: candidate.name, email: candidate.email, phone: candidate.phone, source: candidate.source,
                             consentDate: candidate.consentDate, fairnessGroup: candidate.fairnessGroup, notes: candidate.notes,
                             createdAt: date)
        }
    }

    /// Every candidate, by id.
    public func candidates() throws -> [Candidate] {
        try read { db in try CandidateRows.fetch(db) }
    }

    /// The candidate `reference` names (``CandidateReference``: `id:N`, `name:TEXT`, or either).
    public func candidate(_ reference: String) throws -> Candidate {
        let parsed = CandidateReference(reference)
        return try read { db in
            if let id = parsed.id, let found = try CandidateRows.one(db, id: id) { return found }
            let matches = try parsed.name == nil ? [] : CandidateRows.fetch(db).filter { parsed.names($0.name) }
            guard matches.count == 1 else {
                if matches.count > 1 {
                    throw StoreError.ambiguousCandidate(reference, ids: matches.map(\.id))
                }
                throw StoreError.unknownCandidate(reference)
            }
            return matches[0]
        }
    }

    /// Records that the candidate withdrew consent on `date`, which sets the retention deadline (F21).
    public func withdrawConsent(candidate id: CandidateID, on date: CalendarDate, actor: String) throws {
        try write { db in
            guard var candidate = try CandidateRows.one(db, id: id) else { throw StoreError.unknownCandidate(id.description) }
            candidate.consentWithdrawn = date
            try updateDeadline(db, of: &candidate)
            try audit(db, actor: actor, action: .consentWithdrawn, subject: "candidate:\(id)", detail: date.description)
        }
    }

    /// Works out the candidate's retention deadline (F21) from the first final decision and the
    /// consent withdrawal, whichever is earlier, and stores it with the withdrawal.
    func updateDeadline(_ db: Database, of candidate: inout Candidate) throws {
        let firstDecision = try String.fetchOne(db, sql: """
            SELECT min(decidedAt) FROM decision JOIN application ON application.id = decision.applicationId
            WHERE application.candidateId = ? AND decision IN (\(Self.finalDecisions))
            """, arguments: [candidate.id.rawValue])
        candidate.retentionDeadline = RetentionDeadline(
            decisionCommunicated: firstDecision.flatMap(StoreTime.parse).map(CalendarDate.init(utc:)),
            consentWithdrawn: candidate.consentWithdrawn)?.destroyBy
        try db.execute(sql: "UPDATE candidate SET consentWithdrawn = ?, retentionDeadline = ? WHERE id = ?",
                       arguments: [candidate.consentWithdrawn?.description, candidate.retentionDeadline?.description,
                                   candidate.id.rawValue])
    }

    /// The final decisions (``Decision/isFinal``) as an SQL list of literals from the enum itself.
    static let finalDecisions = Decision.allCases.filter(\.isFinal).map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// Deletes everything about the candidate (applications, sessions, answers, DISC, consensus,
    /// decisions) and leaves an anonymous tombstone in the audit log, in one short transaction, so
    /// no other writer waits behind it. `secure_delete` overwrites the deleted text in the pages;
    /// carrying them into the file and emptying the WAL must wait for readers that began earlier,
    /// so the result says whether that is done or pending (``scrubErasures(waiting:)``).
    @discardableResult
    public func eraseCandidate(_ id: CandidateID, actor: String, reason: String) throws -> ErasureScrub {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM candidate WHERE id = ?", arguments: [id.rawValue]) ?? false else {
                throw StoreError.unknownCandidate(id.description)
            }
            try db.execute(sql: "DELETE FROM candidate WHERE id = ?", arguments: [id.rawValue])
            try audit(db, actor: actor, action: .candidateErase, subject: "candidate:\(id)", detail: reason)
            try markScrubPending(db)
        }
        return try scrubErasures(waiting: false)
    }
}
