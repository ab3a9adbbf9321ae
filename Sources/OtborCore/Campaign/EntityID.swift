/// The id of a stored entity, typed by the entity it names, so a session id cannot be passed where
/// a candidate id is expected. Encodes as the bare number.
public struct EntityID<Entity>: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: Int64

    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Parses a decimal id as typed on a command line or in a URL.
    public init?(_ text: String) {
        guard let value = Int64(text) else { return nil }
        self.rawValue = value
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { String(rawValue) }
}

extension EntityID: ExpressibleByIntegerLiteral {
    /// An id written as a number in code (tests, fixtures).
    public init(integerLiteral value: Int64) {
        self.init(value)
    }
}

public typealias CandidateID = EntityID<Candidate>
public typealias ApplicationID = EntityID<Application>
public typealias SessionID = EntityID<InterviewSession>
