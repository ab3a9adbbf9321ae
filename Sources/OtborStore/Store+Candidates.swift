import Foundation
import GRDB
import OtborCore

extension Store {
    /// Adds a candidate; the audit records the id only.
    @discardableResult
    public func addCandidate(_ candidate: Candidate, actor: String) throws -> Candidate {
        var candidate = candidate
        guard !candidate.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid("a candidate needs a name")
        }
        guard CalendarDate(candidate.consentDate) != nil else {
            throw StoreError.invalid("consent date '\(candidate.consentDate)' is not a date; use yyyy-mm-dd")
        }
        candidate.createdAt = now
        return try write { db in
            try candidate.insert(db)
            try audit(db, actor: actor, action: "candidate.add", subject: "candidate:\(candidate.id!)")
            return candidate
        }
    }

    /// Every candidate, by id.
    public func candidates() throws -> [Candidate] {
        try read { db in try Candidate.order(Column("id")).fetchAll(db) }
    }

    /// The candidate with id `reference`, or the only one whose name is `reference` (ignoring case).
    public func candidate(_ reference: String) throws -> Candidate {
        try read { db in
            if let id = Int64(reference), let found = try Candidate.fetchOne(db, key: id) { return found }
            let matches = try Candidate.fetchAll(db).filter {
                $0.name.compare(reference, options: [.caseInsensitive]) == .orderedSame
            }
            guard matches.count == 1 else {
                if matches.count > 1 {
                    let ids = matches.compactMap(\.id).map(String.init).joined(separator: ", ")
                    throw StoreError.invalid("\(matches.count) candidates are named '\(reference)' (ids \(ids)); give the id")
                }
                throw StoreError.unknownCandidate(reference)
            }
            return matches[0]
        }
    }

    /// Records that the candidate withdrew consent on `date`, which sets the retention deadline (F21).
    public func withdrawConsent(candidate id: Int64, on date: CalendarDate, actor: String) throws {
        try write { db in
            guard var candidate = try Candidate.fetchOne(db, key: id) else { throw StoreError.unknownCandidate(String(id)) }
            candidate.consentWithdrawn = date.description
            candidate.retentionDeadline = try retentionDeadline(db, candidate: candidate)?.destroyBy.description
            try candidate.update(db)
            try audit(db, actor: actor, action: "candidate.consent-withdrawn", subject: "candidate:\(id)", detail: date.description)
        }
    }

    /// Decisions that end the purpose of processing (F21): the selection is over for the candidate.
    /// `advance` and `hold` keep the candidate in the process, so they start no clock.
    static let finalDecisions = "('reject', 'hire')"

    /// The deadline from the first final decision and the consent withdrawal, whichever is earlier.
    func retentionDeadline(_ db: Database, candidate: Candidate) throws -> RetentionDeadline? {
        let firstDecision = try String.fetchOne(db, sql: """
            SELECT min(decidedAt) FROM decision JOIN application ON application.id = decision.applicationId
            WHERE application.candidateId = ? AND decision IN \(Self.finalDecisions)
            """, arguments: [candidate.id])
        let decisionDay = firstDecision.flatMap { CalendarDate(String($0.prefix(10))) }
        return RetentionDeadline(decisionCommunicated: decisionDay,
                                 consentWithdrawn: candidate.consentWithdrawn.flatMap(CalendarDate.init))
    }

    /// Deletes everything about the candidate (applications, sessions, answers, DISC, consensus,
    /// decisions), leaves an anonymous tombstone in the audit log, and rewrites the file so none of
    /// the deleted text remains in it or in the WAL.
    public func eraseCandidate(id: Int64, actor: String, reason: String) throws {
        try write { db in
            guard try Candidate.exists(db, key: id) else { throw StoreError.unknownCandidate(String(id)) }
            _ = try Candidate.deleteOne(db, key: id)
            try audit(db, actor: actor, action: "candidate.erase", subject: "candidate:\(id)", detail: reason)
        }
        try scrub()
    }

    /// Checkpoints the WAL into the file, rebuilds the file without free pages, and truncates the WAL.
    func scrub() throws {
        try checkpoint()
        try Self.retryingBusy {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
        }
        try checkpoint()
    }
}
