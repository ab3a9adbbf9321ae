import HummingbirdBcrypt
import NIOPosix

/// Bcrypt hashing and checking of passwords, on NIO's thread pool: a hash at cost 12 takes a
/// quarter of a second of CPU, which must not hold up the cooperative pool that serves requests.
public struct PasswordHasher: Sendable {
    /// The cost every stored password is hashed with; tests may use a lower one.
    public static let standardCost: UInt8 = 12

    public let cost: UInt8

    public init(cost: UInt8 = standardCost) {
        self.cost = cost
    }

    /// The bcrypt hash of `password` (with its own random salt).
    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `hash`.
    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
