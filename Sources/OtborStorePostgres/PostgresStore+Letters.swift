import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// Audits a letter written to the candidate: its kind only.
    public func recordLetter(candidate id: CandidateID, kind: LetterKind, actor: String) async throws {
        try await write { db in
            guard try await candidateForUpdate(db, id: id) != nil else { throw StoreError.unknownCandidate(id.description) }
            try await audit(db, actor: actor, action: .letterWrite, subject: "candidate:\(id)", detail: kind.rawValue)
        }
    }
}
