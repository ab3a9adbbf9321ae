import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Audits a letter written to the candidate: its kind only.
    public func recordLetter(candidate id: CandidateID, kind: LetterKind, actor: String) throws {
        try write { db in
            guard try CandidateRows.one(db, id: id) != nil else { throw StoreError.unknownCandidate(id.description) }
            try audit(db, actor: actor, action: .letterWrite, subject: "candidate:\(id)", detail: kind.rawValue)
        }
    }
}
