import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// Records, at the store's time, that `login` declared a conflict of interest with `candidate`,
    /// audited with that login; `false` when already declared.
    public func declareConflict(candidate: CandidateID, login: String, reason: ConflictOfInterest.Reason) async throws -> Bool {
        try await write(signalling: "candidate:\(candidate)") { db in
            guard try await db.run("SELECT 1 FROM candidate WHERE id = \(candidate.rawValue) FOR SHARE", logger) > 0 else {
                throw StoreError.unknownCandidate(candidate.description)
            }
            let inserted = try await db.run("""
                INSERT INTO conflict_of_interest (candidateId, login, reason, declaredAt)
                VALUES (\(candidate.rawValue), \(login), \(reason.rawValue), \(now))
                ON CONFLICT (candidateId, login) DO NOTHING RETURNING 1
                """, logger)
            guard inserted > 0 else { return false }
            try await audit(db, actor: login, action: .conflictDeclare, subject: "candidate:\(candidate)", detail: reason.rawValue)
            return true
        }
    }

    /// The conflicts of interest declared with `candidate` (with anyone when `nil`), oldest first.
    public func conflicts(candidate: CandidateID?) async throws -> [ConflictOfInterest] {
        try await read { db in try await conflicts(db, candidate: candidate) }
    }

    func conflicts(_ db: PostgresConnection, candidate: CandidateID?) async throws -> [ConflictOfInterest] {
        let only = candidate?.rawValue
        return try await db.all("""
            SELECT candidateId, login, reason, declaredAt FROM conflict_of_interest
            WHERE \(only)::bigint IS NULL OR candidateId = \(only) ORDER BY declaredAt, candidateId, login
            """, logger).map { row in
            let (id, login, reasonText, at) = try row.decode((Int64, String, String, String).self)
            guard let reason = ConflictOfInterest.Reason(rawValue: reasonText), let date = StoreTime.parse(at) else {
                throw StoreError.invalid("the conflict of interest of \(login) with candidate \(id) is unreadable")
            }
            return ConflictOfInterest(candidate: CandidateID(id), login: login, reason: reason, declaredAt: date)
        }
    }

}
