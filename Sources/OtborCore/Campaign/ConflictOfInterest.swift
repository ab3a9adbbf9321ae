import Foundation

/// A conflict of interest an assessor declared with a candidate: they know the person, worked
/// with them, or are related. From then on none of their sessions of that candidate counts — not
/// in scores, stages, the wash-up or reports, which say so — and they rate the candidate no more.
public struct ConflictOfInterest: Sendable, Hashable, Codable {
    /// Why the assessor is not impartial.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        /// Knows the candidate personally.
        case knows
        /// Worked with the candidate.
        case formerColleague = "former-colleague"
        /// A relative.
        case relative
        /// Another reason the assessor prefers not to name.
        case other
    }

    public var candidate: CandidateID
    /// The assessor's login.
    public var login: String
    public var reason: Reason
    public var declaredAt: Date

    public init(candidate: CandidateID, login: String, reason: Reason, declaredAt: Date) {
        self.candidate = candidate
        self.login = login
        self.reason = reason
        self.declaredAt = declaredAt
    }
}

extension Array where Element == ConflictOfInterest {
    /// Whether `login` declared a conflict with `candidate`.
    public func excludes(_ login: String, from candidate: CandidateID) -> Bool {
        contains { $0.candidate == candidate && $0.login == login }
    }
}
