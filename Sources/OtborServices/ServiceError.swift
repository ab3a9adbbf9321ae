/// Why a service refused a request, in words a person can act on; each front end adds its own
/// hints (the CLI names its options, a web page its links).
public struct ServiceError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
