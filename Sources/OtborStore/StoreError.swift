/// Why the store refused an operation, in words a user can act on.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case notADatabase(path: String, reason: String)
    case cannotCreate(path: String, reason: String)
    case cannotOpen(path: String, reason: String)
    case missingDatabase(path: String)
    case unknownCandidate(String)
    case unknownSession(Int64)
    case sessionLocked(Int64)
    case duplicateSession(candidate: Int64, guide: String, assessor: String, existing: Int64)
    case invalid(String)

    public var description: String {
        switch self {
        case .notADatabase(let path, let reason):
            "\(path) is not an Otbor database (\(reason)); it was left untouched. Give another path with --database."
        case .cannotCreate(let path, let reason):
            "cannot create the database \(path): \(reason)"
        case .cannotOpen(let path, let reason):
            "cannot open the database \(path): \(reason)"
        case .missingDatabase(let path):
            "there is no database at \(path) yet; `otbor candidates add NAME` creates it (or give another file with --database or OTBOR_DATABASE)"
        case .unknownCandidate(let reference):
            "no candidate '\(reference)'; `otbor candidates list` shows the ids"
        case .unknownSession(let id):
            "no session \(id); `otbor interview list` shows the sessions"
        case .sessionLocked(let id):
            "session \(id) is submitted and locked; corrections go through `otbor consensus`"
        case .duplicateSession(let candidate, let guide, let assessor, let existing):
            "\(assessor) already has session \(existing) for candidate \(candidate) on \(guide); resume it with `otbor interview resume \(existing)`"
        case .invalid(let message):
            message
        }
    }
}
