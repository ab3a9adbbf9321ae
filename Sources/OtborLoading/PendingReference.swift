/// A reference from one file to an id defined in another, checked once every file is read.
struct PendingReference: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case competency
        case guide
        case profile
        /// A red flag of one of these guides.
        case redFlag(guides: [String])
    }

    var kind: Kind
    var id: String
    var location: SourceLocation
    /// Where the reference stands, for the message (such as a requirement).
    var context: WorkspaceProblem.Place
}
