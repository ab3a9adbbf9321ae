import Foundation
import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Records, at the store's time, that `login` declared a conflict of interest with `candidate`,
    /// audited with that login; `false` when already declared.
    public func declareConflict(candidate: CandidateID, login: String, reason: ConflictOfInterest.Reason) throws -> Bool {
        try write(signalling: "candidate:\(candidate)") { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM candidate WHERE id = ?", arguments: [candidate.rawValue]) ?? false else {
                throw StoreError.unknownCandidate(candidate.description)
            }
            try db.execute(sql: """
                INSERT INTO conflict_of_interest (candidateId, login, reason, declaredAt) VALUES (?, ?, ?, ?)
                ON CONFLICT (candidateId, login) DO NOTHING
                """, arguments: [candidate.rawValue, login, reason.rawValue, now])
            guard db.changesCount > 0 else { return false }
            try audit(db, actor: login, action: .conflictDeclare, subject: "candidate:\(candidate)", detail: reason.rawValue)
            return true
        }
    }

    /// The conflicts of interest declared with `candidate` (with anyone when `nil`), oldest first.
    public func conflicts(candidate: CandidateID?) throws -> [ConflictOfInterest] {
        try read { db in try conflicts(db, candidate: candidate) }
    }

    func conflicts(_ db: Database, candidate: CandidateID?) throws -> [ConflictOfInterest] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT candidateId, login, reason, declaredAt FROM conflict_of_interest
            WHERE ?1 IS NULL OR candidateId = ?1 ORDER BY declaredAt, candidateId, login
            """, arguments: [candidate?.rawValue])
        return try rows.map { row in
            guard let reason = ConflictOfInterest.Reason(rawValue: row[2]), let at = StoreTime.parse(row[3]) else {
                throw StoreError.invalid("the conflict of interest of \(row[1] as String) with candidate \(row[0] as Int64) is unreadable")
            }
            return ConflictOfInterest(candidate: CandidateID(row[0]), login: row[1], reason: reason, declaredAt: at)
        }
    }
}
