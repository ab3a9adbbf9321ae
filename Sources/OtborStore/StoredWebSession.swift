import Foundation

/// A console session as a store keeps it: the server's encoded data and when it expires.
public struct StoredWebSession: Sendable, Hashable {
    public var data: Data
    /// `nil`: it does not expire by itself.
    public var expires: Date?

    public init(data: Data, expires: Date?) {
        self.data = data
        self.expires = expires
    }
}
