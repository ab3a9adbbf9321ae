import Foundation
import OtborCore
import OtborStore
import PostgresNIO

/// PostgreSQL's failures as the store's errors, naming the server and database: a trigger's
/// refusal, a lock waited for too long, a full disk, a server that cannot be reached.
enum PostgresFailure {
    /// The SQLSTATE the triggers raise when a submitted session's answers would change.
    static let sessionLockedState = "OTLCK"
    /// The SQLSTATE the triggers raise when the audit log would be changed or emptied.
    static let auditAppendOnlyState = "OTAPP"

    /// `error` as a ``StoreError`` where one says it better; other errors as they are.
    static func storeError(_ error: any Error, location: String, waited: Double) -> any Error {
        if error is StoreError { return error }
        guard let error = error as? PSQLError else { return error }
        let state = error.serverInfo?[.sqlState]
        let message = error.serverInfo?[.message] ?? "\(error.code)"
        switch state {
        case sessionLockedState?:
            if let detail = error.serverInfo?[.detail], let id = Int64(detail) { return StoreError.sessionLocked(SessionID(id)) }
            return StoreError.invalid(message)
        case auditAppendOnlyState?:
            return StoreError.invalid(message)
        case "55P03"?, "40P01"?, "40001"?:
            // lock_not_available (lock_timeout), a deadlock, a serialisation failure: another writer was in the way.
            return StoreError.busy(path: location, waited: waited)
        case "53100"?:
            return StoreError.diskFull(path: location)
        case "3D000"?, "28000"?, "28P01"?:
            return StoreError.cannotOpen(path: location, reason: message)
        case nil:
            return connectionError(error, location: location) ?? error
        default:
            return error
        }
    }

    /// A failure while connecting and migrating: anything but a known store error says the
    /// database cannot be opened, with the server's own reason when it gave one.
    static func opening(_ error: any Error, location: String) -> any Error {
        let mapped = storeError(error, location: location, waited: 0)
        if mapped is StoreError { return mapped }
        let reason = (error as? PSQLError).flatMap { $0.serverInfo?[.message] ?? $0.underlying.map { "\($0)" } } ?? "\(error)"
        return StoreError.cannotOpen(path: location, reason: reason)
    }

    /// A server that cannot be reached, or that refused the connection, as `cannotOpen`.
    private static func connectionError(_ error: PSQLError, location: String) -> StoreError? {
        switch error.code {
        case .connectionError, .serverClosedConnection, .sslUnsupported, .failedToAddSSLHandler,
             .unsupportedAuthMechanism, .authMechanismRequiresPassword, .saslError, .poolClosed:
            let reason = error.underlying.map { String(describing: $0) } ?? error.code.description
            return .cannotOpen(path: location, reason: reason)
        default:
            return nil
        }
    }
}
