import Foundation
import Hummingbird
import OtborStore
import ServiceLifecycle

/// Hummingbird's session storage over the campaign store, so that people stay signed in when the
/// server restarts. Keys are kept as their SHA-256: a copy of the database holds no cookie that
/// signs anyone in. As a service it removes expired sessions every ten minutes.
struct StorePersistDriver: PersistDriver {
    let store: any CampaignStore
    let clock: @Sendable () -> Date
    var sweepInterval: Duration = .seconds(600)

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        do {
            try await store.saveWebSession(key: Self.stored(key), data: try JSONEncoder().encode(value), expires: deadline(expires),
                                           creating: true)
        } catch StoreError.duplicateWebSession {
            throw PersistError.duplicate
        }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try await store.saveWebSession(key: Self.stored(key), data: try JSONEncoder().encode(value), expires: deadline(expires), creating: false)
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        guard let stored = try await store.webSession(key: Self.stored(key)) else { return nil }
        guard let object = try? JSONDecoder().decode(type, from: stored.data) else { throw PersistError.invalidConversion }
        let ttl = stored.expires.map { Duration.milliseconds(Int64($0.timeIntervalSince(clock()) * 1000)) }
        return (object, ttl)
    }

    func remove(key: String) async throws {
        try await store.removeWebSession(key: Self.stored(key))
    }

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                _ = try? await StoreThreadsMiddleware.run { try await store.removeExpiredWebSessions() }
                try await Task.sleep(for: sweepInterval)
            }
        }
    }

    private func deadline(_ expires: Duration?) -> Date? {
        expires.map { clock().addingTimeInterval(TimeInterval($0.components.seconds)) }
    }

    /// The key as stored: the SHA-256 of the session id.
    static func stored(_ key: String) -> String {
        ContentHash.sha256(Data(key.utf8))
    }
}
