import Foundation

/// How a person names a candidate (a command-line argument, a scoresheet aside): `id:5` is the
/// candidate with id 5, `name:5` the one named "5", and plain text either — the candidate with
/// that id when there is one, else the only one with that full name (ignoring case). The prefixes
/// are lower case; text after them is trimmed.
public struct CandidateReference: Sendable, Hashable {
    /// The id the reference may name.
    public let id: CandidateID?
    /// The full name the reference may name.
    public let name: String?

    public init(_ text: String) {
        if text.hasPrefix("id:") {
            id = CandidateID(text.dropFirst(3).trimmingCharacters(in: .whitespaces))
            name = nil
        } else if text.hasPrefix("name:") {
            id = nil
            name = text.dropFirst(5).trimmingCharacters(in: .whitespaces)
        } else {
            id = CandidateID(text)
            name = text
        }
    }

    /// Whether `candidate` has the reference's name, ignoring case.
    public func names(_ candidate: String) -> Bool {
        guard let name else { return false }
        return candidate.compare(name, options: [.caseInsensitive]) == .orderedSame
    }
}
