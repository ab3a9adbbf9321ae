import OtborCore

/// Why a store refused an operation, as data: each front end words it for its users (the CLI
/// names its commands, a web page its links). `description` is a neutral wording.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case notADatabase(path: String, reason: String)
    case cannotCreate(path: String, reason: String)
    case cannotOpen(path: String, reason: String)
    case missingDatabase(path: String)
    /// Another process held the database's write lock for the whole of `waited` seconds.
    case busy(path: String, waited: Double)
    /// A write to `path` (the database, its journal or a temporary file beside it) found no room.
    case diskFull(path: String)
    case unknownCandidate(String)
    /// Several candidates bear the name `reference`; the ids tell them apart.
    case ambiguousCandidate(String, ids: [CandidateID])
    case unknownSession(SessionID)
    case sessionLocked(SessionID)
    case duplicateSession(candidate: CandidateID, guide: String, assessor: String, existing: SessionID)
    case duplicateAccount(LoginName)
    case unknownAccount(LoginName)
    /// A disabled account gets no API tokens.
    case accountDisabled(LoginName)
    case duplicateWebSession
    case invalid(String)

    public var description: String {
        switch self {
        case .notADatabase(let path, let reason):
            "\(path) is not an Otbor database (\(reason)); it was left untouched"
        case .cannotCreate(let path, let reason):
            "cannot create the database \(path): \(reason)"
        case .cannotOpen(let path, let reason):
            "cannot open the database \(path): \(reason)"
        case .missingDatabase(let path):
            "there is no database at \(path) yet"
        case .busy(let path, let waited):
            "the database \(path) is locked by another process that is writing to it; gave up after \(StoreError.seconds(waited)) s"
        case .diskFull(let path):
            "cannot write \(path): the disk is full"
        case .unknownCandidate(let reference):
            "no candidate '\(reference)'"
        case .ambiguousCandidate(let reference, let ids):
            "\(ids.count) candidates are named '\(reference)' (ids \(ids.map(\.description).joined(separator: ", "))); give the id"
        case .unknownSession(let id):
            "no session \(id)"
        case .sessionLocked(let id):
            "session \(id) is submitted and locked; corrections are recorded as consensus ratings"
        case .duplicateSession(let candidate, let guide, let assessor, let existing):
            "\(assessor) already has session \(existing) for candidate \(candidate) on \(guide); resume that session"
        case .duplicateAccount(let login):
            "there is already an account '\(login)'"
        case .unknownAccount(let login):
            "no account '\(login)'"
        case .accountDisabled(let login):
            "the account '\(login)' is disabled; it gets no tokens"
        case .duplicateWebSession:
            "a web session with this key exists already"
        case .invalid(let message):
            message
        }
    }

    /// Seconds as people write them: whole when whole, else one decimal.
    public static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
