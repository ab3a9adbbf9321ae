import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// Adds a candidate; the audit records the id only.
    @discardableResult
    public func addCandidate(_ candidate: NewCandidate, actor: String) async throws -> Candidate {
        if let problem = candidate.problem { throw StoreError.invalid(problem) }
        let (time, date) = stamp()
        return try await write { db in
            let id = try await db.all("""
                INSERT INTO candidate (name, email, phone, source, consentDate, fairnessGroup, notes, createdAt)
                VALUES (\(candidate.name), \(candidate.email), \(candidate.phone), \(candidate.source),
                        \(candidate.consentDate.description), \(candidate.fairnessGroup), \(candidate.notes), \(time)) RETURNING id
                """, logger)[0].decode(Int64.self)
            try await audit(db, actor: actor, action: .candidateAdd, subject: "candidate:\(id)")
            return Candidate(id: CandidateID(id), name: candidate.name, email: candidate.email, phone: candidate.phone,
                             source: candidate.source, consentDate: candidate.consentDate, fairnessGroup: candidate.fairnessGroup,
                             notes: candidate.notes, createdAt: date)
        }
    }

    /// Every candidate, by id.
    public func candidates() async throws -> [Candidate] {
        try await read { db in try await candidates(db) }
    }

    func candidates(_ db: PostgresConnection) async throws -> [Candidate] {
        try await db.all("SELECT \(unescaped: PostgresRows.candidateColumns) FROM candidate ORDER BY candidate.id", logger)
            .map(PostgresRows.candidate)
    }

    func candidate(_ db: PostgresConnection, id: CandidateID) async throws -> Candidate? {
        try await db.all("SELECT \(unescaped: PostgresRows.candidateColumns) FROM candidate WHERE candidate.id = \(id.rawValue)", logger)
            .first.map(PostgresRows.candidate)
    }

    /// The candidate `reference` names (``CandidateReference``: `id:N`, `name:TEXT`, or either).
    public func candidate(_ reference: String) async throws -> Candidate {
        let parsed = CandidateReference(reference)
        return try await read { db in
            if let id = parsed.id, let found = try await candidate(db, id: id) { return found }
            let matches = try await parsed.name == nil ? [] : candidates(db).filter { parsed.names($0.name) }
            guard matches.count == 1 else {
                if matches.count > 1 { throw StoreError.ambiguousCandidate(reference, ids: matches.map(\.id)) }
                throw StoreError.unknownCandidate(reference)
            }
            return matches[0]
        }
    }

    /// Records that the candidate withdrew consent on `date`, which sets the retention deadline (F21).
    public func withdrawConsent(candidate id: CandidateID, on date: CalendarDate, actor: String) async throws {
        try await write { db in
            guard var candidate = try await candidateForUpdate(db, id: id) else { throw StoreError.unknownCandidate(id.description) }
            candidate.consentWithdrawn = date
            try await updateDeadline(db, of: &candidate)
            try await audit(db, actor: actor, action: .consentWithdrawn, subject: "candidate:\(id)", detail: date.description)
        }
    }

    /// The candidate, its row locked until the transaction ends (so deadlines are worked out one at a time).
    func candidateForUpdate(_ db: PostgresConnection, id: CandidateID) async throws -> Candidate? {
        try await db.all("""
            SELECT \(unescaped: PostgresRows.candidateColumns) FROM candidate WHERE candidate.id = \(id.rawValue) FOR UPDATE
            """, logger).first.map(PostgresRows.candidate)
    }

    /// Works out the candidate's retention deadline (F21) from the first final decision and the
    /// consent withdrawal, whichever is earlier, and stores it with the withdrawal.
    func updateDeadline(_ db: PostgresConnection, of candidate: inout Candidate) async throws {
        let firstDecision = try await db.all("""
            SELECT min(decidedAt COLLATE "C") FROM decision JOIN application ON application.id = decision.applicationId
            WHERE application.candidateId = \(candidate.id.rawValue) AND decision IN (\(unescaped: Self.finalDecisions))
            """, logger).first?.decode(String?.self)
        candidate.retentionDeadline = RetentionDeadline(
            decisionCommunicated: firstDecision.flatMap(StoreTime.parse).map(CalendarDate.init(utc:)),
            consentWithdrawn: candidate.consentWithdrawn)?.destroyBy
        try await db.run("""
            UPDATE candidate SET consentWithdrawn = \(candidate.consentWithdrawn?.description),
                retentionDeadline = \(candidate.retentionDeadline?.description) WHERE id = \(candidate.id.rawValue)
            """, logger)
    }

    /// The final decisions (``Decision/isFinal``) as an SQL list of literals from the enum itself.
    static let finalDecisions = Decision.allCases.filter(\.isFinal).map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// Deletes everything about the candidate and leaves an anonymous tombstone in the audit log,
    /// in one transaction; then vacuums the tables it touched (``scrubErasures(waiting:)``).
    @discardableResult
    public func eraseCandidate(_ id: CandidateID, actor: String, reason: String) async throws -> ErasureScrub {
        try await write { db in
            guard try await db.run("DELETE FROM candidate WHERE id = \(id.rawValue) RETURNING 1", logger) > 0 else {
                throw StoreError.unknownCandidate(id.description)
            }
            try await audit(db, actor: actor, action: .candidateErase, subject: "candidate:\(id)", detail: reason)
        }
        return try await scrubErasures(waiting: false)
    }

    /// Vacuums the tables that held people's data, so the server can reuse the space of deleted
    /// rows. Deleted rows are invisible to every transaction that began after the erasure; what
    /// stays in the WAL, its archive and backups is the DBA's to age out (Docs/Reliability.md).
    public func scrubErasures(waiting: Bool) async throws -> ErasureScrub {
        do {
            try await client.withConnection { db in
                for table in ["candidate", "application", "session"] + PostgresSchema.answerTables
                    + ["disc_answer", "disc_result", "consensus", "decision"] {
                    try await db.run(PostgresQuery(unsafeSQL: "VACUUM \(table)"), logger)
                }
            }
        } catch {
            throw PostgresFailure.storeError(error, location: location, waited: lockTimeout)
        }
        return .done
    }

    /// Appends to the audit log inside the caller's transaction.
    func audit(_ db: PostgresConnection, actor: String, action: AuditAction, subject: String, detail: String = "",
               at time: String? = nil) async throws {
        try await db.run("""
            INSERT INTO audit (at, actor, action, subject, detail) VALUES (\(time ?? now), \(actor), \(action.rawValue), \(subject), \(detail))
            """, logger)
    }

    /// The audit log, oldest first; `subject` filters to one record, such as `session:4`.
    public func auditLog(subject: String?) async throws -> [AuditEntry] {
        try await read { db in
            let query: PostgresQuery = subject.map { "SELECT id, at, actor, action, subject, detail FROM audit WHERE subject = \($0) ORDER BY id" }
                ?? "SELECT id, at, actor, action, subject, detail FROM audit ORDER BY id"
            return try await db.all(query, logger).map(PostgresRows.audit)
        }
    }
}
